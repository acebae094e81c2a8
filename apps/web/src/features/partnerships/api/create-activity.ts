// POST /api/partnerships/{id}/activities — a party's officer adds an activity to the workplan.
import type { ActivityCreateInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { activitiesQueryOptions, type Activity } from './get-activities';

export interface ActivityDraft {
  id: string;
  input: ActivityCreateInput;
}

export async function createActivity({ id, input }: ActivityDraft): Promise<Activity> {
  return dataOrThrow(await api.POST('/api/partnerships/{id}/activities', { params: { path: { id } }, body: input }));
}

export function useCreateActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createActivity,
    onSuccess: (_activity, { id }) => queryClient.invalidateQueries({ queryKey: activitiesQueryOptions(id).queryKey }),
  });
}
