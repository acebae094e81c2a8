// POST /api/partnerships/{id}/amendments/{amendmentId}/actions/{action} — one step of an amendment.
import type { AmendmentAction } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import type { Amendment } from './get-amendments';
import { partnershipQueryOptions } from './get-partnership';

export interface AmendmentStep {
  id: string;
  amendmentId: string;
  action: AmendmentAction;
  comment?: string;
  reason?: string;
}

export async function actOnAmendment({ id, amendmentId, action, ...body }: AmendmentStep): Promise<Amendment> {
  return dataOrThrow(
    await api.POST('/api/partnerships/{id}/amendments/{amendmentId}/actions/{action}', {
      params: { path: { id, amendmentId, action } },
      body,
    }),
  );
}

export function useActOnAmendment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: actOnAmendment,
    // The last signature puts the amendment in force: the partnership's signed version changes.
    onSuccess: (_amendment, { id }) => queryClient.invalidateQueries({ queryKey: partnershipQueryOptions(id).queryKey }),
  });
}
