// POST /api/action-items/{id}/commitment — an action item becomes a commitment of the partnership, rated like any
// other; the API refuses (409) an item already done or dropped, or one that is a commitment already.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { actionItemsQueryOptions } from './get-action-items';

export async function makeCommitment(item: { id: string; partnershipId: string }) {
  return dataOrThrow(await api.POST('/api/action-items/{id}/commitment', { params: { path: { id: item.id } }, body: {} }));
}

export function useMakeCommitment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: makeCommitment,
    onSuccess: (_commitment, item) => queryClient.invalidateQueries({ queryKey: actionItemsQueryOptions(item.partnershipId).queryKey }),
  });
}
