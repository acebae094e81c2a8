// POST /api/indicator-library — an administrator adds an indicator to the shared library.
import type { LibraryIndicatorInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { indicatorLibraryQueryOptions, type LibraryIndicator } from './get-indicator-library';

export async function createLibraryIndicator(input: LibraryIndicatorInput): Promise<LibraryIndicator> {
  return dataOrThrow(await api.POST('/api/indicator-library', { body: input }));
}

export function useCreateLibraryIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createLibraryIndicator,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: indicatorLibraryQueryOptions().queryKey }),
  });
}
