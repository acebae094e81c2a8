// GET /api/partnerships/{id}/mou/versions — every MoU version written, amendments' included, oldest first.
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { partnershipQueryOptions } from './get-partnership';

export type MouVersion = Schemas['MouVersion'];
export type MouClause = MouVersion['clauses'][number];

export async function getMouVersions(id: string): Promise<MouVersion[]> {
  return dataOrThrow(await api.GET('/api/partnerships/{id}/mou/versions', { params: { path: { id } } }));
}

export function mouVersionsQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...partnershipQueryOptions(id).queryKey, 'mou', 'versions'],
    queryFn: () => getMouVersions(id),
  });
}

export function useMouVersions(id: string) {
  return useQuery(mouVersionsQueryOptions(id));
}
