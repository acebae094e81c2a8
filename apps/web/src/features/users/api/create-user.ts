// POST /api/users — creates an account (administrators).
import type { UserCreateInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { userQueryOptions } from './get-user';
import { usersQueryOptions, type AdminUser } from './get-users';

export async function createUser(input: UserCreateInput): Promise<AdminUser> {
  return dataOrThrow(await api.POST('/api/users', { body: input }));
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: (created) => {
      queryClient.setQueryData(userQueryOptions(created.id).queryKey, created);
      return queryClient.invalidateQueries({ queryKey: usersQueryOptions().queryKey });
    },
  });
}
