// GET /api/partnerships/{id}/mou/versions/{number} — one MoU version: its clauses and its text hash.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { partnershipQueryOptions } from './get-partnership';
import type { MouVersion } from './get-mou-versions';

export async function getMouVersion(id: string, number: number): Promise<MouVersion> {
  return dataOrThrow(await api.GET('/api/partnerships/{id}/mou/versions/{number}', { params: { path: { id, number } } }));
}

export function mouVersionQueryOptions(id: string, number: number) {
  return queryOptions({
    queryKey: [...partnershipQueryOptions(id).queryKey, 'mou', 'version', number],
    queryFn: () => getMouVersion(id, number),
    // A version never changes once written.
    staleTime: Infinity,
  });
}

export function useMouVersion(id: string, number: number | undefined) {
  return useQuery({ ...mouVersionQueryOptions(id, number ?? 0), enabled: number !== undefined });
}
