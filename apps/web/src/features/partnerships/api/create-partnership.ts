// POST /api/partnerships — a new proposal, in draft, by an officer of one of its parties.
import type { PartnershipCreateInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { partnershipQueryOptions, type Partnership } from './get-partnership';
import { partnershipsQueryOptions } from './get-partnerships';

export async function createPartnership(input: PartnershipCreateInput): Promise<Partnership> {
  // A retried request (a lost answer) with the same key creates nothing twice.
  const headers = { 'Idempotency-Key': crypto.randomUUID() };
  return dataOrThrow(await api.POST('/api/partnerships', { body: input, headers }));
}

export function useCreatePartnership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPartnership,
    onSuccess: (created) => {
      queryClient.setQueryData(partnershipQueryOptions(created.id).queryKey, created);
      return queryClient.invalidateQueries({ queryKey: partnershipsQueryOptions().queryKey });
    },
  });
}
