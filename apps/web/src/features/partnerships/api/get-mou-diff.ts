// GET /api/partnerships/{id}/mou/versions/{number}/diff?against= — what changed from one version to another,
// word by word, per clause and language.
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { partnershipQueryOptions } from './get-partnership';

export type MouDiff = Schemas['MouDiff'];
export type MouClauseDiff = MouDiff['clauses'][number];
export type WordChange = MouClauseDiff['textEn'][number];

export interface MouDiffRequest {
  id: string;
  /** The newer version. */
  number: number;
  /** The version it is compared with. */
  against: number;
}

export async function getMouDiff({ id, number, against }: MouDiffRequest): Promise<MouDiff> {
  return dataOrThrow(
    await api.GET('/api/partnerships/{id}/mou/versions/{number}/diff', {
      params: { path: { id, number }, query: { against } },
    }),
  );
}

export function mouDiffQueryOptions(request: MouDiffRequest) {
  return queryOptions({
    queryKey: [...partnershipQueryOptions(request.id).queryKey, 'mou', 'diff', request.number, request.against],
    queryFn: () => getMouDiff(request),
    staleTime: Infinity,
  });
}

export function useMouDiff(request: MouDiffRequest) {
  return useQuery({ ...mouDiffQueryOptions(request), enabled: request.number !== request.against });
}
