// PATCH /api/users/{id} — changes an account (administrators): its role and organisation, a new password,
// or `active: false`, which signs the person out everywhere at once.
import type { UserUpdateInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { currentUserQueryOptions } from '../../../lib/current-user';
import { userQueryOptions } from './get-user';
import { usersQueryOptions, type AdminUser } from './get-users';

export interface UserUpdate {
  id: string;
  patch: UserUpdateInput;
}

export async function updateUser({ id, patch }: UserUpdate): Promise<AdminUser> {
  return dataOrThrow(await api.PATCH('/api/users/{id}', { params: { path: { id } }, body: patch }));
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: (updated) => {
      queryClient.setQueryData(userQueryOptions(updated.id).queryKey, updated);
      // An administrator may have changed their own account (locale, signatory).
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: usersQueryOptions().queryKey }),
        queryClient.invalidateQueries({ queryKey: currentUserQueryOptions().queryKey }),
      ]);
    },
  });
}
