// GET /api/partnerships/{id} — the partnership a scorecard round belongs to: its title, status and parties (who
// may own an action item, and whether the caller records its action plan).
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';

export type PartnershipOfRound = Schemas['Partnership'];

export async function getMonitoredPartnership(id: string): Promise<PartnershipOfRound> {
  return dataOrThrow(await api.GET('/api/partnerships/{id}', { params: { path: { id } } }));
}

export function monitoredPartnershipQueryOptions(id: string) {
  return queryOptions({ queryKey: ['service-points', 'partnership', id], queryFn: () => getMonitoredPartnership(id) });
}

export function useMonitoredPartnership(id: string) {
  return useQuery(monitoredPartnershipQueryOptions(id));
}
