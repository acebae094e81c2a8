// POST /api/reports/{id}/actions/{action} — submit, validate, or send back with a comment.
import type { ReportAction, ReportActionInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { indicatorsQueryOptions } from './get-indicators';
import { reportingPeriodsQueryOptions } from './get-reporting-periods';
import { reportsQueryOptions, type Report } from './get-reports';

export interface ReportStep {
  report: Report;
  action: ReportAction;
  input: ReportActionInput;
}

export async function actOnReport({ report, action, input }: ReportStep): Promise<Report> {
  return dataOrThrow(await api.POST('/api/reports/{id}/actions/{action}', { params: { path: { id: report.id, action } }, body: input }));
}

export function useActOnReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: actOnReport,
    onSuccess: async (_report, { report }) => {
      // A validated report moves the indicators' progress; a submitted one is no longer late.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: reportsQueryOptions(report.partnershipId).queryKey }),
        queryClient.invalidateQueries({ queryKey: indicatorsQueryOptions(report.partnershipId).queryKey }),
        queryClient.invalidateQueries({ queryKey: reportingPeriodsQueryOptions(report.partnershipId).queryKey }),
      ]);
    },
  });
}
