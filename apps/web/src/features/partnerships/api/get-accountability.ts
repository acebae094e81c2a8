// GET /api/partnerships/{id}/accountability — each party's record as owner of commitments, with its score.
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { commitmentsQueryOptions } from './get-commitments';

export type PartyRecord = Schemas['AccountabilityRecord'][number];

export async function getAccountability(id: string): Promise<PartyRecord[]> {
  return dataOrThrow(await api.GET('/api/partnerships/{id}/accountability', { params: { path: { id } } }));
}

// Under the commitments' key: a new commitment or rating refreshes the record too.
export function accountabilityQueryOptions(id: string) {
  return queryOptions({ queryKey: [...commitmentsQueryOptions(id).queryKey, 'accountability'], queryFn: () => getAccountability(id) });
}

export function useAccountability(id: string) {
  return useQuery(accountabilityQueryOptions(id));
}
