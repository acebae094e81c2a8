// POST /api/partnerships/{id}/commitments — a party's officer records a commitment of one party.
import type { CommitmentCreateInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { commitmentsQueryOptions, type Commitment } from './get-commitments';

export interface CommitmentDraft {
  id: string;
  input: CommitmentCreateInput;
}

export async function createCommitment({ id, input }: CommitmentDraft): Promise<Commitment> {
  return dataOrThrow(await api.POST('/api/partnerships/{id}/commitments', { params: { path: { id } }, body: input }));
}

export function useCreateCommitment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCommitment,
    onSuccess: (_commitment, { id }) => queryClient.invalidateQueries({ queryKey: commitmentsQueryOptions(id).queryKey }),
  });
}
