// GET /api/service-points/{id}/scorecards — the rounds at a service point the caller may see, and each criterion's
// citizen and provider scores compared over the rounds.
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { servicePointQueryOptions } from './get-service-point';

export type ServicePointScorecards = Schemas['ServicePointScorecards'];
export type Scorecard = Schemas['Scorecard'];
export type CriterionTrend = ServicePointScorecards['comparison'][number];

export async function getServicePointScorecards(id: string): Promise<ServicePointScorecards> {
  return dataOrThrow(await api.GET('/api/service-points/{id}/scorecards', { params: { path: { id } } }));
}

export function servicePointScorecardsQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...servicePointQueryOptions(id).queryKey, 'scorecards'],
    queryFn: () => getServicePointScorecards(id),
  });
}

export function useServicePointScorecards(id: string) {
  return useQuery(servicePointScorecardsQueryOptions(id));
}
