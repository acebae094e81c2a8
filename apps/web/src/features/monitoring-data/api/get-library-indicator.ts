// GET /api/indicator-library/{id} — one library indicator, e.g. for its edit form.
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import type { LibraryIndicator } from './get-indicator-library';

export async function getLibraryIndicator(id: string): Promise<LibraryIndicator> {
  return dataOrThrow(await api.GET('/api/indicator-library/{id}', { params: { path: { id } } }));
}

export function libraryIndicatorQueryOptions(id: string) {
  return queryOptions({ queryKey: ['indicator-library', 'detail', id], queryFn: () => getLibraryIndicator(id) });
}

/** For a route whose loader has fetched it already. */
export function useLoadedLibraryIndicator(id: string) {
  return useSuspenseQuery(libraryIndicatorQueryOptions(id)).data;
}
