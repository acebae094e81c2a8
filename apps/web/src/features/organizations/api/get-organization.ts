// GET /api/organizations/{id} — one organisation's profile.
import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import type { Organization } from './get-organizations';

export async function getOrganization(id: string): Promise<Organization> {
  return dataOrThrow(await api.GET('/api/organizations/{id}', { params: { path: { id } } }));
}

export function organizationQueryOptions(id: string) {
  return queryOptions({ queryKey: ['organizations', 'detail', id], queryFn: () => getOrganization(id) });
}

/** For a component that only shows it when there is one to show (e.g. a name beside an id). */
export function useOrganization(id: string) {
  return useQuery({ ...organizationQueryOptions(id), enabled: id !== '' });
}

/** For a route whose loader has fetched it already. */
export function useLoadedOrganization(id: string) {
  return useSuspenseQuery(organizationQueryOptions(id)).data;
}
