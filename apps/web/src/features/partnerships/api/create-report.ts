// POST /api/partnerships/{id}/reports — the caller's organisation starts a draft report on a period.
import type { ReportCreateInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { indicatorsQueryOptions } from './get-indicators';
import { reportingPeriodsQueryOptions } from './get-reporting-periods';
import { reportsQueryOptions, type Report } from './get-reports';

export interface ReportDraft {
  id: string;
  input: ReportCreateInput;
}

export async function createReport({ id, input }: ReportDraft): Promise<Report> {
  return dataOrThrow(await api.POST('/api/partnerships/{id}/reports', { params: { path: { id } }, body: input }));
}

export function useCreateReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createReport,
    onSuccess: async (_report, { id }) => {
      // The indicators and the reporting periods show each period's report status.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: reportsQueryOptions(id).queryKey }),
        queryClient.invalidateQueries({ queryKey: indicatorsQueryOptions(id).queryKey }),
        queryClient.invalidateQueries({ queryKey: reportingPeriodsQueryOptions(id).queryKey }),
      ]);
    },
  });
}
