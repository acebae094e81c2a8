// GET /api/partnerships/{id}/assessments — the assessments the caller may see: its own organisation's, and the other
// parties' of the periods it has assessed itself.
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { qualityQueryOptions } from './get-quality';

export type Assessment = Schemas['Assessment'];

export async function getAssessments(id: string): Promise<Assessment[]> {
  return dataOrThrow(await api.GET('/api/partnerships/{id}/assessments', { params: { path: { id } } }));
}

export function assessmentsQueryOptions(id: string) {
  return queryOptions({ queryKey: [...qualityQueryOptions(id).queryKey, 'assessments'], queryFn: () => getAssessments(id) });
}

export function useAssessments(id: string) {
  return useQuery(assessmentsQueryOptions(id));
}
