// GET /api/partnerships/{id}/meetings — the parties' meetings with attendance, minutes and approvals.
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { partnershipQueryOptions } from './get-partnership';

export type Meeting = Schemas['Meeting'];

export async function getMeetings(id: string): Promise<Meeting[]> {
  return dataOrThrow(await api.GET('/api/partnerships/{id}/meetings', { params: { path: { id } } }));
}

export function meetingsQueryOptions(id: string) {
  return queryOptions({ queryKey: [...partnershipQueryOptions(id).queryKey, 'meetings'], queryFn: () => getMeetings(id) });
}

export function useMeetings(id: string) {
  return useQuery(meetingsQueryOptions(id));
}
