// POST /api/partnerships/{id}/amendments — a party's officer opens an amendment of the signed MoU, saying why.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import type { Amendment } from './get-amendments';
import { partnershipQueryOptions } from './get-partnership';

export interface AmendmentOpening {
  id: string;
  reason: string;
}

export async function openAmendment({ id, reason }: AmendmentOpening): Promise<Amendment> {
  const headers = { 'Idempotency-Key': crypto.randomUUID() };
  return dataOrThrow(await api.POST('/api/partnerships/{id}/amendments', { params: { path: { id } }, body: { reason }, headers }));
}

export function useOpenAmendment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openAmendment,
    onSuccess: (_amendment, { id }) => queryClient.invalidateQueries({ queryKey: partnershipQueryOptions(id).queryKey }),
  });
}
