// PATCH /api/organizations/{id} — changes the fields given (administrators: all; the organisation's own
// officers: its names, sectors and capacities).
import type { OrganizationUpdateInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { organizationQueryOptions } from './get-organization';
import { organizationsQueryOptions, type Organization } from './get-organizations';

export interface OrganizationUpdate {
  id: string;
  patch: OrganizationUpdateInput;
}

export async function updateOrganization({ id, patch }: OrganizationUpdate): Promise<Organization> {
  return dataOrThrow(await api.PATCH('/api/organizations/{id}', { params: { path: { id } }, body: patch }));
}

export function useUpdateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrganization,
    onSuccess: (updated) => {
      queryClient.setQueryData(organizationQueryOptions(updated.id).queryKey, updated);
      return queryClient.invalidateQueries({ queryKey: organizationsQueryOptions().queryKey });
    },
  });
}
