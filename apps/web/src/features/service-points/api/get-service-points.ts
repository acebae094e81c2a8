// GET /api/service-points — the shared directory of service points, found by kind, area (any gazetteer code: the
// points lying in it) and name, a page at a time.
import type { Schemas } from '@daikou/api-client';
import type { ServicePointKind } from '@daikou/domain';
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';

export type ServicePoint = Schemas['ServicePoint'];
export type ServicePointPage = Schemas['ServicePointPage'];

export type ServicePointFilters = {
  kind?: ServicePointKind;
  /** A province, district, commune or village code. */
  adminUnit?: string;
  q?: string;
};

const pageSize = 25;

export async function getServicePoints(filters: ServicePointFilters, cursor?: string): Promise<ServicePointPage> {
  return dataOrThrow(await api.GET('/api/service-points', { params: { query: { ...filters, cursor, limit: pageSize } } }));
}

/** The first page. Without filters, the key every service point list starts with: what a new one invalidates. */
export function servicePointsQueryOptions(filters?: ServicePointFilters) {
  return queryOptions({
    queryKey: ['service-points', 'list', ...(filters ? [filters] : [])],
    queryFn: () => getServicePoints(filters ?? {}),
  });
}

/** Page after page, for a list with "Load more". */
export function servicePointPagesQueryOptions(filters: ServicePointFilters) {
  return infiniteQueryOptions({
    queryKey: [...servicePointsQueryOptions(filters).queryKey, 'pages'],
    queryFn: ({ pageParam }) => getServicePoints(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useServicePoints(filters: ServicePointFilters) {
  return useQuery(servicePointsQueryOptions(filters));
}

export function useServicePointPages(filters: ServicePointFilters) {
  return useInfiniteQuery(servicePointPagesQueryOptions(filters));
}
