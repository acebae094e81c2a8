// GET /api/partnerships/{id}/action-items — the partnership's action plan: every action item with the round and
// service point it follows from, its owner, due date, status, whether it is overdue and the feedback linked to it.
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';

export type ActionPlanItem = Schemas['ActionItemBoard']['items'][number];

export type ActionPlanFilters = {
  /** Only the items past their due date and not done or dropped. */
  overdue?: boolean;
};

// A partnership's plan holds tens of items: the board shows them all at once (the API's largest page).
const wholePlan = 200;

export async function getActionItems(partnershipId: string, filters: ActionPlanFilters): Promise<ActionPlanItem[]> {
  const page = dataOrThrow(
    await api.GET('/api/partnerships/{id}/action-items', {
      params: { path: { id: partnershipId }, query: { overdue: filters.overdue ? 'true' : undefined, limit: wholePlan } },
    }),
  );
  return page.items;
}

/** The key every action plan starts with: what a change seen on several plans (linked feedback) invalidates. */
export const actionPlansKey = ['action-items', 'partnership'] as const;

/** Without filters, the key every view of the partnership's plan starts with: what a change invalidates. */
export function actionItemsQueryOptions(partnershipId: string, filters?: ActionPlanFilters) {
  return queryOptions({
    queryKey: [...actionPlansKey, partnershipId, ...(filters ? [filters] : [])],
    queryFn: () => getActionItems(partnershipId, filters ?? {}),
  });
}

export function useActionItems(partnershipId: string, filters: ActionPlanFilters) {
  return useQuery(actionItemsQueryOptions(partnershipId, filters));
}
