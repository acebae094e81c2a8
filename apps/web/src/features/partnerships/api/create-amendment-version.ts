// POST /api/partnerships/{id}/amendments/{amendmentId}/versions — the MoU version an amendment proposes.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import type { MouVersionDraft } from './create-mou-version';
import type { MouVersion } from './get-mou-versions';
import { partnershipQueryOptions } from './get-partnership';

export interface AmendmentVersionDraft extends MouVersionDraft {
  amendmentId: string;
}

export async function createAmendmentVersion({ id, amendmentId, input }: AmendmentVersionDraft): Promise<MouVersion> {
  return dataOrThrow(
    await api.POST('/api/partnerships/{id}/amendments/{amendmentId}/versions', {
      params: { path: { id, amendmentId } },
      body: input,
    }),
  );
}

export function useCreateAmendmentVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAmendmentVersion,
    onSuccess: (_version, { id }) => queryClient.invalidateQueries({ queryKey: partnershipQueryOptions(id).queryKey }),
  });
}
