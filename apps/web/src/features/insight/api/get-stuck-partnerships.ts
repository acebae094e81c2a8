// GET /api/dashboard/stuck — the partnerships waiting longest in one status, longest first, a page at a time.
import type { Schemas } from '@daikou/api-client';
import type { PartnershipStatus } from '@daikou/domain';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import type { StuckFilters } from '../routes/dashboard-filters';

export type StuckPartnershipPage = Schemas['StuckPartnershipPage'];
export type StuckPartnership = StuckPartnershipPage['items'][number];

const pageSize = 25;

export async function getStuckPartnerships(
  filters: StuckFilters & { status: PartnershipStatus },
  cursor?: string,
): Promise<StuckPartnershipPage> {
  return dataOrThrow(await api.GET('/api/dashboard/stuck', { params: { query: { ...filters, cursor, limit: pageSize } } }));
}

export function stuckPartnershipPagesQueryOptions(filters: StuckFilters & { status: PartnershipStatus }) {
  return infiniteQueryOptions({
    queryKey: ['dashboard', 'stuck', filters],
    queryFn: ({ pageParam }) => getStuckPartnerships(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useStuckPartnershipPages(filters: StuckFilters & { status: PartnershipStatus }) {
  return useInfiniteQuery(stuckPartnershipPagesQueryOptions(filters));
}
