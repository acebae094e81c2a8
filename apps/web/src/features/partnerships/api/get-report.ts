// GET /api/reports/{id} — one report with its values, versions, history and the caller's allowed actions.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { reportsQueryOptions, type Report } from './get-reports';

export async function getReport(id: string): Promise<Report> {
  return dataOrThrow(await api.GET('/api/reports/{id}', { params: { path: { id } } }));
}

/** Under its partnership's reports, so a change to any report refreshes it too. */
export function reportQueryOptions(partnershipId: string, id: string) {
  return queryOptions({ queryKey: [...reportsQueryOptions(partnershipId).queryKey, id], queryFn: () => getReport(id) });
}

export function useReport(partnershipId: string, id: string) {
  return useQuery(reportQueryOptions(partnershipId, id));
}
