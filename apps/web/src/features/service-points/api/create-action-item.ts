// POST /api/scorecards/{id}/action-items — a party's officer adds an item to the round's action plan.
import type { ActionItemCreateInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { actionItemsQueryOptions } from './get-action-items';
import { scorecardQueryOptions, type ActionItem } from './get-scorecard';
import { servicePointScorecardsQueryOptions } from './get-service-point-scorecards';

export interface ActionItemDraft {
  scorecardId: string;
  servicePointId: string;
  input: ActionItemCreateInput;
}

export async function createActionItem({ scorecardId, input }: ActionItemDraft): Promise<ActionItem> {
  return dataOrThrow(await api.POST('/api/scorecards/{id}/action-items', { params: { path: { id: scorecardId } }, body: input }));
}

export function useCreateActionItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createActionItem,
    onSuccess: (item, { scorecardId, servicePointId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: scorecardQueryOptions(scorecardId).queryKey }),
        queryClient.invalidateQueries({ queryKey: servicePointScorecardsQueryOptions(servicePointId).queryKey }),
        queryClient.invalidateQueries({ queryKey: actionItemsQueryOptions(item.partnershipId).queryKey }),
      ]),
  });
}
