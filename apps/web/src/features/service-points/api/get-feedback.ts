// GET /api/feedback — the citizens' feedback on every service point the caller may triage (or read), newest first,
// filtered by status and service point, a page at a time.
import type { Schemas } from '@daikou/api-client';
import type { FeedbackStatus } from '@daikou/domain';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';

export type FeedbackPage = Schemas['FeedbackPage'];
export type Feedback = FeedbackPage['items'][number];

export type FeedbackFilters = {
  status?: FeedbackStatus;
  servicePointId?: string;
};

const pageSize = 25;

export async function getFeedback(filters: FeedbackFilters, cursor?: string): Promise<FeedbackPage> {
  return dataOrThrow(await api.GET('/api/feedback', { params: { query: { ...filters, cursor, limit: pageSize } } }));
}

/** Without filters, the key every view of the inbox starts with: what a triage invalidates. */
export function feedbackPagesQueryOptions(filters?: FeedbackFilters) {
  return infiniteQueryOptions({
    queryKey: ['feedback', 'inbox', ...(filters ? [filters] : [])],
    queryFn: ({ pageParam }) => getFeedback(filters ?? {}, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useFeedbackPages(filters: FeedbackFilters) {
  return useInfiniteQuery(feedbackPagesQueryOptions(filters));
}
