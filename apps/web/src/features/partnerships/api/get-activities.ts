// GET /api/partnerships/{id}/activities — the parties' workplan.
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { partnershipQueryOptions } from './get-partnership';

export type Activity = Schemas['Activity'];

export async function getActivities(id: string): Promise<Activity[]> {
  return dataOrThrow(await api.GET('/api/partnerships/{id}/activities', { params: { path: { id } } }));
}

export function activitiesQueryOptions(id: string) {
  return queryOptions({ queryKey: [...partnershipQueryOptions(id).queryKey, 'activities'], queryFn: () => getActivities(id) });
}

export function useActivities(id: string) {
  return useQuery(activitiesQueryOptions(id));
}
