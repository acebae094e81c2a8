// The React Query cache shared by the router's loaders and the components.
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error';

// Retrying cannot fix a request the server refused (4xx); only network failures and 5xx are retried.
function shouldRetry(failureCount: number, error: Error): boolean {
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < 2;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 30_000, retry: shouldRetry },
    mutations: { retry: false },
  },
});
