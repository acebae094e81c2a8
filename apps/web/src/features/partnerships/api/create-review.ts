// POST /api/partnerships/{id}/reviews — a reviewer's periodic or final review; a final one allows `close`.
import type { ReviewInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { partnershipQueryOptions } from './get-partnership';
import type { Review } from './get-reviews';

export interface ReviewDraft {
  id: string;
  input: ReviewInput;
}

export async function createReview({ id, input }: ReviewDraft): Promise<Review> {
  return dataOrThrow(await api.POST('/api/partnerships/{id}/reviews', { params: { path: { id } }, body: input }));
}

export function useCreateReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createReview,
    onSuccess: (_review, { id }) => queryClient.invalidateQueries({ queryKey: partnershipQueryOptions(id).queryKey }),
  });
}
