// POST /api/auth/logout — ends the session on the server.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';

export async function signOut(): Promise<void> {
  dataOrThrow(await api.POST('/api/auth/logout'));
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    // Everything cached belonged to the user who just left; the next user must not see it.
    onSuccess: () => queryClient.clear(),
  });
}
