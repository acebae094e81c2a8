// GET /api/commitments/{id}/evidence — the files attached to a commitment's occurrences, newest first.
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { commitmentsQueryOptions, type Commitment } from './get-commitments';

export type Evidence = Schemas['Evidence'];

export async function getEvidence(commitmentId: string): Promise<Evidence[]> {
  return dataOrThrow(await api.GET('/api/commitments/{id}/evidence', { params: { path: { id: commitmentId } } }));
}

/** Under the partnership's commitments, so that whatever refreshes them refreshes the files too. */
export function evidenceQueryOptions(commitment: Pick<Commitment, 'id' | 'partnershipId'>) {
  return queryOptions({
    queryKey: [...commitmentsQueryOptions(commitment.partnershipId).queryKey, commitment.id, 'evidence'],
    queryFn: () => getEvidence(commitment.id),
  });
}

export function useEvidence(commitment: Pick<Commitment, 'id' | 'partnershipId'>) {
  return useQuery(evidenceQueryOptions(commitment));
}

/** Where a file is downloaded: a plain link, with the session cookie; the API always sends it as an attachment. */
export function evidenceHref(evidence: Pick<Evidence, 'id'>): string {
  return `/api/evidence/${encodeURIComponent(evidence.id)}`;
}
