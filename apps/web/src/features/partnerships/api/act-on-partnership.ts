// POST /api/partnerships/{id}/actions/{action} — one step of the lifecycle (submit, accept, sign, …), refused
// with 409 when the partnership changed since `expectedVersion`.
import type { PartnershipAction } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { partnershipQueryOptions, type Partnership } from './get-partnership';
import { partnershipsQueryOptions } from './get-partnerships';

export interface PartnershipStep {
  id: string;
  action: PartnershipAction;
  comment?: string;
  reason?: string;
  /** The version of the partnership the user decided on. */
  expectedVersion: number;
}

export async function actOnPartnership({ id, action, ...body }: PartnershipStep): Promise<Partnership> {
  return dataOrThrow(await api.POST('/api/partnerships/{id}/actions/{action}', { params: { path: { id, action } }, body }));
}

export function useActOnPartnership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: actOnPartnership,
    onSuccess: (updated) =>
      Promise.all([
        // History, signatures and the MoU's state change with the step.
        queryClient.invalidateQueries({ queryKey: partnershipQueryOptions(updated.id).queryKey }),
        queryClient.invalidateQueries({ queryKey: partnershipsQueryOptions().queryKey }),
      ]),
  });
}
