// GET /api/partnerships/{id}/reporting-periods — the reports the parties owe: one per responsible party and period
// of its indicators, with the report filed on it (if any), its due date and whether it is late.
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { partnershipQueryOptions } from './get-partnership';

export type OwedReport = Schemas['ReportingPeriodList']['items'][number];

export async function getReportingPeriods(id: string): Promise<OwedReport[]> {
  // Every period of the partnership comes in one page.
  return dataOrThrow(await api.GET('/api/partnerships/{id}/reporting-periods', { params: { path: { id } } })).items;
}

export function reportingPeriodsQueryOptions(id: string) {
  return queryOptions({ queryKey: [...partnershipQueryOptions(id).queryKey, 'reporting-periods'], queryFn: () => getReportingPeriods(id) });
}

export function useReportingPeriods(id: string) {
  return useQuery(reportingPeriodsQueryOptions(id));
}
