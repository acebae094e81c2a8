// POST /api/partnerships/{id}/mou/versions — a new MoU version while the MoU is drafted (parties' officers).
import type { MouVersionInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { partnershipQueryOptions } from './get-partnership';
import type { MouVersion } from './get-mou-versions';

export interface MouVersionDraft {
  id: string;
  input: MouVersionInput;
}

export async function createMouVersion({ id, input }: MouVersionDraft): Promise<MouVersion> {
  return dataOrThrow(await api.POST('/api/partnerships/{id}/mou/versions', { params: { path: { id } }, body: input }));
}

export function useCreateMouVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMouVersion,
    // The partnership's current version and its allowed actions (submit) change too.
    onSuccess: (_version, { id }) => queryClient.invalidateQueries({ queryKey: partnershipQueryOptions(id).queryKey }),
  });
}
