// GET /api/users — the accounts (administrators), filtered by organisation, role, status and name or e-mail.
import type { Schemas } from '@daikou/api-client';
import type { Role } from '@daikou/domain';
import { infiniteQueryOptions, queryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';

export type AdminUser = Schemas['AdminUser'];
export type UserPage = Schemas['UserPage'];

export type UserFilters = {
  q?: string;
  role?: Role;
  organizationId?: string;
  active?: 'true' | 'false';
};

const pageSize = 50;

export async function getUsers(filters: UserFilters, cursor?: string): Promise<UserPage> {
  return dataOrThrow(await api.GET('/api/users', { params: { query: { ...filters, cursor, limit: pageSize } } }));
}

/** The first page. Without filters, the key every user list starts with: what a change invalidates. */
export function usersQueryOptions(filters?: UserFilters) {
  return queryOptions({
    queryKey: ['users', 'list', ...(filters ? [filters] : [])],
    queryFn: () => getUsers(filters ?? {}),
  });
}

/** Page after page, for a list with "Load more". */
export function userPagesQueryOptions(filters: UserFilters) {
  return infiniteQueryOptions({
    queryKey: [...usersQueryOptions(filters).queryKey, 'pages'],
    queryFn: ({ pageParam }) => getUsers(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useUserPages(filters: UserFilters) {
  return useInfiniteQuery(userPagesQueryOptions(filters));
}
