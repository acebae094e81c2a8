// GET /api/users/{id} — one account (administrators; anyone may read their own).
import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import type { AdminUser } from './get-users';

export async function getUser(id: string): Promise<AdminUser> {
  return dataOrThrow(await api.GET('/api/users/{id}', { params: { path: { id } } }));
}

export function userQueryOptions(id: string) {
  return queryOptions({ queryKey: ['users', 'detail', id], queryFn: () => getUser(id) });
}

/** For a component that shows it beside an id. */
export function useUser(id: string) {
  return useQuery(userQueryOptions(id));
}

/** For a route whose loader has fetched it already. */
export function useLoadedUser(id: string) {
  return useSuspenseQuery(userQueryOptions(id)).data;
}
