// GET /api/partnerships — the partnerships the caller may see, filtered by status, province, function, form and
// title, a page at a time.
import type { Schemas } from '@daikou/api-client';
import type { PartnershipForm, PartnershipFunction, PartnershipStatus } from '@daikou/domain';
import { infiniteQueryOptions, queryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';

export type PartnershipPage = Schemas['PartnershipPage'];
export type PartnershipListItem = PartnershipPage['items'][number];

export type PartnershipFilters = {
  status?: PartnershipStatus;
  /** A province's two-digit code: partnerships working anywhere in it. */
  province?: string;
  function?: PartnershipFunction;
  form?: PartnershipForm;
  q?: string;
};

const pageSize = 25;

export async function getPartnerships(filters: PartnershipFilters, cursor?: string): Promise<PartnershipPage> {
  return dataOrThrow(await api.GET('/api/partnerships', { params: { query: { ...filters, cursor, limit: pageSize } } }));
}

/** The first page. Without filters, the key every partnership list starts with: what a change invalidates. */
export function partnershipsQueryOptions(filters?: PartnershipFilters) {
  return queryOptions({
    queryKey: ['partnerships', 'list', ...(filters ? [filters] : [])],
    queryFn: () => getPartnerships(filters ?? {}),
  });
}

/** Page after page, for a list with "Load more". */
export function partnershipPagesQueryOptions(filters: PartnershipFilters) {
  return infiniteQueryOptions({
    queryKey: [...partnershipsQueryOptions(filters).queryKey, 'pages'],
    queryFn: ({ pageParam }) => getPartnerships(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function usePartnershipPages(filters: PartnershipFilters) {
  return useInfiniteQuery(partnershipPagesQueryOptions(filters));
}
