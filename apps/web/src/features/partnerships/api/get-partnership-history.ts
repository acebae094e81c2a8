// GET /api/partnerships/{id}/history — every step taken, oldest first, with how long the status it left lasted.
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { partnershipQueryOptions } from './get-partnership';

export type PartnershipHistory = Schemas['PartnershipHistory'];
export type PartnershipStepRecord = PartnershipHistory[number];

export async function getPartnershipHistory(id: string): Promise<PartnershipHistory> {
  return dataOrThrow(await api.GET('/api/partnerships/{id}/history', { params: { path: { id } } }));
}

export function partnershipHistoryQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...partnershipQueryOptions(id).queryKey, 'history'],
    queryFn: () => getPartnershipHistory(id),
  });
}

export function usePartnershipHistory(id: string) {
  return useQuery(partnershipHistoryQueryOptions(id));
}
