// GET /api/partnerships/{id} — one partnership, with the actions the caller may take now (`allowedActions`).
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';

export type Partnership = Schemas['Partnership'];

export async function getPartnership(id: string): Promise<Partnership> {
  return dataOrThrow(await api.GET('/api/partnerships/{id}', { params: { path: { id } } }));
}

/** Its key is also the start of the keys of everything below it (history, MoU, reviews, amendments). */
export function partnershipQueryOptions(id: string) {
  return queryOptions({ queryKey: ['partnerships', 'detail', id], queryFn: () => getPartnership(id) });
}

/** For a route whose loader has fetched it already. */
export function useLoadedPartnership(id: string) {
  return useSuspenseQuery(partnershipQueryOptions(id)).data;
}

/** Fetches the partnership and everything below it again, e.g. after someone else changed it. */
export function useRefreshPartnership(id: string): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: partnershipQueryOptions(id).queryKey });
}
