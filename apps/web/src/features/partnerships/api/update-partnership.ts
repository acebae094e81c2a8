// PATCH /api/partnerships/{id} — changes the proposal while it is a draft (or its MoU is being drafted).
import type { PartnershipUpdateInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { partnershipQueryOptions, type Partnership } from './get-partnership';
import { partnershipsQueryOptions } from './get-partnerships';

export interface PartnershipUpdate {
  id: string;
  patch: PartnershipUpdateInput;
}

export async function updatePartnership({ id, patch }: PartnershipUpdate): Promise<Partnership> {
  return dataOrThrow(await api.PATCH('/api/partnerships/{id}', { params: { path: { id } }, body: patch }));
}

export function useUpdatePartnership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePartnership,
    onSuccess: (updated) =>
      Promise.all([
        // The MoU template is prefilled from the proposal: everything below the partnership is refetched.
        queryClient.invalidateQueries({ queryKey: partnershipQueryOptions(updated.id).queryKey }),
        queryClient.invalidateQueries({ queryKey: partnershipsQueryOptions().queryKey }),
      ]),
  });
}
