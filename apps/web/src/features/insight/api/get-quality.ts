// GET /api/partnerships/{id}/quality — per attribute the state side's and the non-state side's averages and the
// equity gap, over all periods and period by period; another party's scores stay hidden until the caller's own
// organisation has assessed that period.
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';

export type PartnershipQuality = Schemas['PartnershipQuality'];
export type QualityPeriod = PartnershipQuality['periods'][number];
export type AttributeComparison = PartnershipQuality['attributes'][number];

export async function getQuality(id: string): Promise<PartnershipQuality> {
  return dataOrThrow(await api.GET('/api/partnerships/{id}/quality', { params: { path: { id } } }));
}

/** The start of the keys of the partnership's assessments too: a new assessment refreshes both. */
export function qualityQueryOptions(id: string) {
  return queryOptions({ queryKey: ['partnerships', 'detail', id, 'quality'], queryFn: () => getQuality(id) });
}

export function useQuality(id: string) {
  return useQuery(qualityQueryOptions(id));
}
