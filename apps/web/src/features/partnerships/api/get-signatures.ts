// GET /api/partnerships/{id}/mou/signatures — who signed which MoU version, with the hash they signed.
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { partnershipQueryOptions } from './get-partnership';

export type Signature = Schemas['SignatureList'][number];

export async function getSignatures(id: string): Promise<Signature[]> {
  return dataOrThrow(await api.GET('/api/partnerships/{id}/mou/signatures', { params: { path: { id } } }));
}

export function signaturesQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...partnershipQueryOptions(id).queryKey, 'mou', 'signatures'],
    queryFn: () => getSignatures(id),
  });
}

export function useSignatures(id: string) {
  return useQuery(signaturesQueryOptions(id));
}
