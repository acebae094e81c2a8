// PATCH /api/action-items/{id} — an action item moved to another status (the API checks canMoveActionItem), its
// evidence written, or a dated follow-up note added.
import type { ActionItemUpdateInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { actionItemsQueryOptions } from './get-action-items';
import { scorecardQueryOptions, type ActionItem } from './get-scorecard';

export interface ActionItemChange {
  item: { id: string; partnershipId: string; scorecardId: string };
  input: ActionItemUpdateInput;
}

export async function updateActionItem({ item, input }: ActionItemChange): Promise<ActionItem> {
  return dataOrThrow(await api.PATCH('/api/action-items/{id}', { params: { path: { id: item.id } }, body: input }));
}

export function useUpdateActionItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateActionItem,
    onSuccess: (_updated, { item }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: actionItemsQueryOptions(item.partnershipId).queryKey }),
        queryClient.invalidateQueries({ queryKey: scorecardQueryOptions(item.scorecardId).queryKey }),
      ]),
  });
}
