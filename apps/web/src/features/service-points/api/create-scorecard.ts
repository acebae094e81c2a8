// POST /api/partnerships/{id}/scorecards — a party's officer records a scorecard round at a service point.
import type { ScorecardCreateInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { servicePointScorecardsQueryOptions, type Scorecard } from './get-service-point-scorecards';

export interface ScorecardDraft {
  partnershipId: string;
  input: ScorecardCreateInput;
}

export async function createScorecard({ partnershipId, input }: ScorecardDraft): Promise<Scorecard> {
  return dataOrThrow(await api.POST('/api/partnerships/{id}/scorecards', { params: { path: { id: partnershipId } }, body: input }));
}

export function useCreateScorecard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createScorecard,
    onSuccess: (scorecard) =>
      queryClient.invalidateQueries({ queryKey: servicePointScorecardsQueryOptions(scorecard.servicePointId).queryKey }),
  });
}
