// GET /api/partnerships/{id}/amendments — the MoU amendments proposed while the partnership was active.
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { partnershipQueryOptions } from './get-partnership';

export type Amendment = Schemas['Amendment'];

export async function getAmendments(id: string): Promise<Amendment[]> {
  return dataOrThrow(await api.GET('/api/partnerships/{id}/amendments', { params: { path: { id } } }));
}

export function amendmentsQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...partnershipQueryOptions(id).queryKey, 'amendments'],
    queryFn: () => getAmendments(id),
  });
}

export function useAmendments(id: string) {
  return useQuery(amendmentsQueryOptions(id));
}
