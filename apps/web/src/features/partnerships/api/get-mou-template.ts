// GET /api/partnerships/{id}/mou/template — the starting clauses for the partnership's function, prefilled
// from its proposal, in Khmer and English.
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { partnershipQueryOptions } from './get-partnership';

export type MouTemplate = Schemas['MouTemplate'];

export async function getMouTemplate(id: string): Promise<MouTemplate> {
  return dataOrThrow(await api.GET('/api/partnerships/{id}/mou/template', { params: { path: { id } } }));
}

export function mouTemplateQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...partnershipQueryOptions(id).queryKey, 'mou', 'template'],
    queryFn: () => getMouTemplate(id),
  });
}

export function useMouTemplate(id: string, enabled: boolean) {
  return useQuery({ ...mouTemplateQueryOptions(id), enabled });
}
