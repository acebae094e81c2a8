// PATCH /api/feedback/{id} — feedback acknowledged or acted on, and/or linked to an action item (or unlinked).
import type { FeedbackTriageInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { actionPlansKey } from './get-action-items';
import { feedbackPagesQueryOptions, type Feedback } from './get-feedback';

export interface FeedbackTriage {
  id: string;
  input: FeedbackTriageInput;
}

export async function triageFeedback({ id, input }: FeedbackTriage): Promise<Feedback> {
  return dataOrThrow(await api.PATCH('/api/feedback/{id}', { params: { path: { id } }, body: input }));
}

export function useTriageFeedback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: triageFeedback,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: feedbackPagesQueryOptions().queryKey }),
        // A linked item's feedback count on the action plan board changes too.
        queryClient.invalidateQueries({ queryKey: actionPlansKey }),
      ]),
  });
}
