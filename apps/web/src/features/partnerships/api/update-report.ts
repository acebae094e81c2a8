// PATCH /api/reports/{id} — changes a draft in place; a sent-back report's change becomes a new version.
import type { ReportUpdateInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { reportsQueryOptions, type Report } from './get-reports';

export interface ReportChange {
  report: Report;
  input: ReportUpdateInput;
}

export async function updateReport({ report, input }: ReportChange): Promise<Report> {
  return dataOrThrow(await api.PATCH('/api/reports/{id}', { params: { path: { id: report.id } }, body: input }));
}

export function useUpdateReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateReport,
    onSuccess: (_updated, { report }) => queryClient.invalidateQueries({ queryKey: reportsQueryOptions(report.partnershipId).queryKey }),
  });
}
