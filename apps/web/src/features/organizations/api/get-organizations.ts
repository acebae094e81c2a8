// GET /api/organizations — the registry searched by name (Khmer or Latin), kind, type, sector, capacity and
// area (an area includes the units below it), a page at a time.
import type { Schemas } from '@daikou/api-client';
import type { OrganizationKind, OrganizationType, SectorCode } from '@daikou/domain';
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';

export type Organization = Schemas['Organization'];
export type OrganizationPage = Schemas['OrganizationPage'];

export type OrganizationFilters = {
  q?: string;
  kind?: OrganizationKind;
  type?: OrganizationType;
  sector?: SectorCode;
  capacity?: string;
  adminUnit?: string;
};

const pageSize = 25;

export async function getOrganizations(filters: OrganizationFilters, cursor?: string): Promise<OrganizationPage> {
  return dataOrThrow(await api.GET('/api/organizations', { params: { query: { ...filters, cursor, limit: pageSize } } }));
}

/** The first page. Without filters, the key every organisation list starts with: what a change invalidates. */
export function organizationsQueryOptions(filters?: OrganizationFilters) {
  return queryOptions({
    queryKey: ['organizations', 'list', ...(filters ? [filters] : [])],
    queryFn: () => getOrganizations(filters ?? {}),
  });
}

/** Page after page, for a list with "Load more". */
export function organizationPagesQueryOptions(filters: OrganizationFilters) {
  return infiniteQueryOptions({
    queryKey: [...organizationsQueryOptions(filters).queryKey, 'pages'],
    queryFn: ({ pageParam }) => getOrganizations(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useOrganizations(filters: OrganizationFilters) {
  return useQuery(organizationsQueryOptions(filters));
}

export function useOrganizationPages(filters: OrganizationFilters) {
  return useInfiniteQuery(organizationPagesQueryOptions(filters));
}
