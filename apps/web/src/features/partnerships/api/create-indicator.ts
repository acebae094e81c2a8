// POST /api/partnerships/{id}/indicators — a party's officer adds an indicator to the partnership.
import type { IndicatorCreateInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { indicatorsQueryOptions, type Indicator } from './get-indicators';

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
    onSuccess: (_indicator, { id }) => queryClient.invalidateQueries({ queryKey: indicatorsQueryOptions(id).queryKey }),
  });
}
