// POST /api/partnerships/{id}/indicators — a party's officer adds an indicator to the partnership.
import type { IndicatorCreateInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { indicatorsQueryOptions, type Indicator } from './get-indicators';
import { reportingPeriodsQueryOptions } from './get-reporting-periods';

export interface IndicatorDraft {
  id: string;
  input: IndicatorCreateInput;
}

export async function createIndicator({ id, input }: IndicatorDraft): Promise<Indicator> {
  return dataOrThrow(await api.POST('/api/partnerships/{id}/indicators', { params: { path: { id } }, body: input }));
}

export function useCreateIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createIndicator,
    // A new indicator may add periods to report on, or join the periods a party already reports on.
    onSuccess: (_indicator, { id }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: indicatorsQueryOptions(id).queryKey }),
        queryClient.invalidateQueries({ queryKey: reportingPeriodsQueryOptions(id).queryKey }),
      ]),
  });
}
