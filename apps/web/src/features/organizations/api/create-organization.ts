// POST /api/organizations — registers an organisation (administrators).
import type { OrganizationCreateInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { organizationQueryOptions } from './get-organization';
import { organizationsQueryOptions, type Organization } from './get-organizations';

export async function createOrganization(input: OrganizationCreateInput): Promise<Organization> {
  return dataOrThrow(await api.POST('/api/organizations', { body: input }));
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganization,
    onSuccess: (created) => {
      queryClient.setQueryData(organizationQueryOptions(created.id).queryKey, created);
      return queryClient.invalidateQueries({ queryKey: organizationsQueryOptions().queryKey });
    },
  });
}
