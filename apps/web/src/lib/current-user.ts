// GET /api/auth/me — who is signed in (401 when nobody is).
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';

export type CurrentUser = Schemas['User'];

export async function getCurrentUser(): Promise<CurrentUser> {
  return dataOrThrow(await api.GET('/api/auth/me'));
}

export function currentUserQueryOptions() {
  return queryOptions({ queryKey: ['auth', 'me'], queryFn: getCurrentUser });
}

export function useCurrentUser() {
  return useQuery(currentUserQueryOptions());
}
