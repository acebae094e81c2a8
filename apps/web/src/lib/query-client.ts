// The React Query cache shared by the router's loaders and the components.
import { QueryClient, type InvalidateOptions, type InvalidateQueryFilters, type QueryKey } from '@tanstack/react-query';
import { ApiError } from './api-error';

// Retrying cannot fix a request the server refused (4xx); only network failures and 5xx are retried.
function shouldRetry(failureCount: number, error: Error): boolean {
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < 2;
}

/**
 * Invalidation that never ends with data from before the change. React Query's refetch joins a query's *first* fetch
 * still in flight instead of fetching again (it cancels only fetches of queries that have data), and that fetch may
 * have been answered before the change committed: a partnership's timeline, opened just before a step was taken,
 * stayed without the step. Such first fetches are cancelled, so the refetch asks again.
 */
class FreshAfterChangeQueryClient extends QueryClient {
  override async invalidateQueries<TTaggedQueryKey extends QueryKey = QueryKey>(
    filters?: InvalidateQueryFilters<TTaggedQueryKey>,
    options?: InvalidateOptions,
  ): Promise<void> {
    await this.cancelQueries({
      ...filters,
      predicate: (query) => query.state.data === undefined && query.state.fetchStatus === 'fetching' && (filters?.predicate?.(query) ?? true),
    });
    return super.invalidateQueries(filters, options);
  }
}

export const queryClient = new FreshAfterChangeQueryClient({
  defaultOptions: {
    queries: { staleTime: 30_000, retry: shouldRetry },
    mutations: { retry: false },
  },
});
