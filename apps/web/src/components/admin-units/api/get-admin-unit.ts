// GET /api/admin-units/{code} — one administrative unit (a province, district, commune or village).
import { queryOptions, useQueries } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import type { AdminUnit } from './get-admin-units';

export async function getAdminUnit(code: string): Promise<AdminUnit> {
  return dataOrThrow(await api.GET('/api/admin-units/{code}', { params: { path: { code } } }));
}

export function adminUnitQueryOptions(code: string) {
  return queryOptions({ queryKey: ['admin-units', 'unit', code], queryFn: () => getAdminUnit(code), staleTime: Infinity });
}

export function useAdminUnitsByCode(codes: readonly string[]) {
  return useQueries({ queries: codes.map((code) => adminUnitQueryOptions(code)) });
}
