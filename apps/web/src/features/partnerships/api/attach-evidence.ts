// POST /api/commitments/{id}/evidence — a party's officer attaches a file (PDF, image, CSV, text, Word, Excel;
// checked by its content) as evidence for one occurrence, named by its due date.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { filePart, multipartBody } from '../../../lib/multipart-body';
import type { Commitment } from './get-commitments';
import { evidenceQueryOptions, type Evidence } from './get-evidence';

export interface EvidenceAttachment {
  commitment: Pick<Commitment, 'id' | 'partnershipId'>;
  period: string;
  file: File;
}

export async function attachEvidence({ commitment, period, file }: EvidenceAttachment): Promise<Evidence> {
  return dataOrThrow(
    await api.POST('/api/commitments/{id}/evidence', { params: { path: { id: commitment.id } }, body: { file: filePart(file), period }, bodySerializer: multipartBody }),
  );
}

export function useAttachEvidence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: attachEvidence,
    onSuccess: (_attached, { commitment }) => queryClient.invalidateQueries({ queryKey: evidenceQueryOptions(commitment).queryKey }),
  });
}
