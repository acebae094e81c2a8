// POST /api/commitments/{id}/ratings — the caller's organisation rates one occurrence, once.
import type { RatingInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { commitmentsQueryOptions, type Commitment } from './get-commitments';

export interface CommitmentRating {
  commitment: Commitment;
  input: RatingInput;
}

export async function rateCommitment({ commitment, input }: CommitmentRating): Promise<Commitment> {
  return dataOrThrow(await api.POST('/api/commitments/{id}/ratings', { params: { path: { id: commitment.id } }, body: input }));
}

export function useRateCommitment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rateCommitment,
    onSuccess: (_rated, { commitment }) =>
      queryClient.invalidateQueries({ queryKey: commitmentsQueryOptions(commitment.partnershipId).queryKey }),
  });
}
