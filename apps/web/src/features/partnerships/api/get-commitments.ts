// GET /api/partnerships/{id}/commitments — each party's commitments with their occurrences, standings and ratings.
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { partnershipQueryOptions } from './get-partnership';

export type Commitment = Schemas['Commitment'];
export type Occurrence = Commitment['occurrences'][number];

export async function getCommitments(id: string): Promise<Commitment[]> {
  return dataOrThrow(await api.GET('/api/partnerships/{id}/commitments', { params: { path: { id } } }));
}

/** Under it sit the commitments and the accountability record made from their ratings. */
export function commitmentsQueryOptions(id: string) {
  return queryOptions({ queryKey: [...partnershipQueryOptions(id).queryKey, 'commitments'], queryFn: () => getCommitments(id) });
}

export function useCommitments(id: string) {
  return useQuery(commitmentsQueryOptions(id));
}
