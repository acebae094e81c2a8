// GET /api/partnerships/{id}/reviews — the Ministry of Interior's periodic and final reviews.
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { partnershipQueryOptions } from './get-partnership';

export type Review = Schemas['Review'];

export async function getReviews(id: string): Promise<Review[]> {
  return dataOrThrow(await api.GET('/api/partnerships/{id}/reviews', { params: { path: { id } } }));
}

export function reviewsQueryOptions(id: string) {
  return queryOptions({ queryKey: [...partnershipQueryOptions(id).queryKey, 'reviews'], queryFn: () => getReviews(id) });
}

export function useReviews(id: string) {
  return useQuery(reviewsQueryOptions(id));
}
