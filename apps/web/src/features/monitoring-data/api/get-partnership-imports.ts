// GET /api/partnerships/{id}/imports — the files imported into a partnership, latest first (the first page: a
// partnership imports a file now and then, not hundreds).
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';

export type ImportListItem = Schemas['ScorecardImportPage']['items'][number];

export async function getPartnershipImports(partnershipId: string): Promise<ImportListItem[]> {
  return dataOrThrow(await api.GET('/api/partnerships/{id}/imports', { params: { path: { id: partnershipId } } })).items;
}

export function partnershipImportsQueryOptions(partnershipId: string) {
  return queryOptions({ queryKey: ['imports', 'partnership', partnershipId], queryFn: () => getPartnershipImports(partnershipId) });
}

export function usePartnershipImports(partnershipId: string) {
  return useQuery(partnershipImportsQueryOptions(partnershipId));
}
