// POST /api/auth/login — the server answers with the user and sets the session cookie.
import type { Schemas } from '@daikou/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { currentUserQueryOptions } from '../../../lib/current-user';

export type SignInInput = Schemas['LoginInput'];

export async function signIn(input: SignInInput): Promise<Schemas['LoginResult']> {
  return dataOrThrow(await api.POST('/api/auth/login', { body: input }));
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (result) => {
      // The token is not kept: the browser session rides on the httpOnly cookie alone.
      queryClient.setQueryData(currentUserQueryOptions().queryKey, result.user);
    },
  });
}
