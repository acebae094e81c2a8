// GET /api/partnerships/{id}/indicators — what the parties measure, with progress from validated reports.
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { partnershipQueryOptions } from './get-partnership';

export type Indicator = Schemas['Indicator'];

export async function getIndicators(id: string): Promise<Indicator[]> {
  return dataOrThrow(await api.GET('/api/partnerships/{id}/indicators', { params: { path: { id } } }));
}

export function indicatorsQueryOptions(id: string) {
  return queryOptions({ queryKey: [...partnershipQueryOptions(id).queryKey, 'indicators'], queryFn: () => getIndicators(id) });
}

export function useIndicators(id: string) {
  return useQuery(indicatorsQueryOptions(id));
}
