// GET /api/partnerships/{id}/reports — the parties' periodic reports, by period.
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { partnershipQueryOptions } from './get-partnership';

export type Report = Schemas['Report'];

export async function getReports(id: string): Promise<Report[]> {
  return dataOrThrow(await api.GET('/api/partnerships/{id}/reports', { params: { path: { id } } }));
}

export function reportsQueryOptions(id: string) {
  return queryOptions({ queryKey: [...partnershipQueryOptions(id).queryKey, 'reports'], queryFn: () => getReports(id) });
}

export function useReports(id: string) {
  return useQuery(reportsQueryOptions(id));
}
