// GET /api/auth/me — who is signed in (401 when nobody is). Shared: every feature asks the domain policy
// about the same actor the server will decide on.
import type { Schemas } from '@daikou/api-client';
import type { Actor } from '@daikou/domain';
import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { api } from './api-client';
import { dataOrThrow } from './api-error';

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

/** Inside the signed-in app, where the shell's loader has already fetched the user. */
export function useSignedInUser(): CurrentUser {
  return useSuspenseQuery(currentUserQueryOptions()).data;
}

export function actorOf(user: CurrentUser): Actor {
  return { userId: user.id, role: user.role, organizationId: user.organizationId, isSignatory: user.isSignatory };
}
