// GET /api/dashboard/cycle-times — median and 90th percentile days spent in each status (partnerships still in a
// status count with their time so far), per province and administrative level, and the slowest steps.
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import type { DashboardFilters } from '../routes/dashboard-filters';

export type CycleTimes = Schemas['CycleTimes'];
export type StatusCycleTime = CycleTimes['statuses'][number];

export async function getCycleTimes(filters: DashboardFilters): Promise<CycleTimes> {
  return dataOrThrow(await api.GET('/api/dashboard/cycle-times', { params: { query: filters } }));
}

export function cycleTimesQueryOptions(filters?: DashboardFilters) {
  return queryOptions({
    queryKey: ['dashboard', 'cycle-times', ...(filters ? [filters] : [])],
    queryFn: () => getCycleTimes(filters ?? {}),
  });
}

export function useCycleTimes(filters: DashboardFilters) {
  return useQuery(cycleTimesQueryOptions(filters));
}
