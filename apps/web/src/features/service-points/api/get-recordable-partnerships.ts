// GET /api/partnerships?status=active — the active partnerships the caller sees; the round form offers those
// whose parties include the caller's organisation (the ones it may record a scorecard round for).
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';

export type ActivePartnership = Schemas['PartnershipPage']['items'][number];

// An organisation is party to a handful of active partnerships, far fewer than one page.
const onePage = 200;

export async function getActivePartnerships(): Promise<ActivePartnership[]> {
  const page = dataOrThrow(await api.GET('/api/partnerships', { params: { query: { status: 'active', limit: onePage } } }));
  return page.items;
}

export function activePartnershipsQueryOptions() {
  return queryOptions({ queryKey: ['service-points', 'active-partnerships'], queryFn: getActivePartnerships });
}

export function useActivePartnerships() {
  return useQuery(activePartnershipsQueryOptions());
}
