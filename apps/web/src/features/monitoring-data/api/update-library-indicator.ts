// PATCH /api/indicator-library/{id} — an administrator changes a library indicator, archives or restores it.
import type { LibraryIndicatorUpdateInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { indicatorLibraryQueryOptions, type LibraryIndicator } from './get-indicator-library';
import { libraryIndicatorQueryOptions } from './get-library-indicator';

export interface LibraryIndicatorChange {
  id: string;
  patch: LibraryIndicatorUpdateInput;
}

export async function updateLibraryIndicator({ id, patch }: LibraryIndicatorChange): Promise<LibraryIndicator> {
  return dataOrThrow(await api.PATCH('/api/indicator-library/{id}', { params: { path: { id } }, body: patch }));
}

export function useUpdateLibraryIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateLibraryIndicator,
    onSuccess: (updated) => {
      queryClient.setQueryData(libraryIndicatorQueryOptions(updated.id).queryKey, updated);
      return queryClient.invalidateQueries({ queryKey: indicatorLibraryQueryOptions().queryKey });
    },
  });
}
