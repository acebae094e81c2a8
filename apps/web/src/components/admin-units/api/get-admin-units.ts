// GET /api/admin-units — one level of Cambodia's administrative units: the provinces, or a unit's children.
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';

export type AdminUnit = Schemas['AdminUnit'];
export type AdminUnitPage = Schemas['AdminUnitPage'];

export type AdminUnitLevelQuery = { level: 'province' } | { parent: string };

// No unit has more than 25 children (there are 25 provinces; a district has at most 18 communes): one page holds them.
const everyChild = 200;

export async function getAdminUnits(query: AdminUnitLevelQuery): Promise<AdminUnitPage> {
  return dataOrThrow(await api.GET('/api/admin-units', { params: { query: { ...query, limit: everyChild } } }));
}

export function adminUnitsQueryOptions(query: AdminUnitLevelQuery) {
  // The gazetteer only changes with a new release of Daikou.
  return queryOptions({ queryKey: ['admin-units', 'list', query], queryFn: () => getAdminUnits(query), staleTime: Infinity });
}

export function useAdminUnits(query: AdminUnitLevelQuery, enabled = true) {
  return useQuery({ ...adminUnitsQueryOptions(query), enabled });
}
