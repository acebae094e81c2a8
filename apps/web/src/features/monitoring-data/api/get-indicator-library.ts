// GET /api/indicator-library — the shared indicators partnerships start from, by name (and sector); archived
// ones only when asked for.
import type { Schemas } from '@daikou/api-client';
import type { SectorCode } from '@daikou/domain';
import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';

export type LibraryIndicator = Schemas['LibraryIndicator'];
export type LibraryIndicatorPage = Schemas['LibraryIndicatorPage'];

export type IndicatorLibraryFilters = {
  q?: string;
  sector?: SectorCode;
  includeArchived?: 'true';
};

const pageSize = 50;

export async function getIndicatorLibrary(filters: IndicatorLibraryFilters, cursor?: string, limit = pageSize): Promise<LibraryIndicatorPage> {
  return dataOrThrow(await api.GET('/api/indicator-library', { params: { query: { ...filters, cursor, limit } } }));
}

/** The first page. Without filters, the key every library list starts with: what a change invalidates. */
export function indicatorLibraryQueryOptions(filters?: IndicatorLibraryFilters) {
  return queryOptions({
    queryKey: ['indicator-library', 'list', ...(filters ? [filters] : [])],
    queryFn: () => getIndicatorLibrary(filters ?? {}),
  });
}

/** Page after page, for the library page's "Load more". */
export function indicatorLibraryPagesQueryOptions(filters: IndicatorLibraryFilters) {
  return infiniteQueryOptions({
    queryKey: [...indicatorLibraryQueryOptions(filters).queryKey, 'pages'],
    queryFn: ({ pageParam }) => getIndicatorLibrary(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useIndicatorLibraryPages(filters: IndicatorLibraryFilters) {
  return useInfiniteQuery(indicatorLibraryPagesQueryOptions(filters));
}

/** The first matches of a search as it is typed, the last ones kept on screen while the next arrive. */
export function useIndicatorLibrarySearch(q: string) {
  return useQuery({ ...indicatorLibraryQueryOptions(q ? { q } : {}), placeholderData: keepPreviousData });
}
