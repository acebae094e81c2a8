// PATCH /api/activities/{id} — here, an activity's move to another status (the API checks canMoveActivity).
import type { ActivityUpdateInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { activitiesQueryOptions, type Activity } from './get-activities';

export interface ActivityChange {
  activity: Activity;
  input: ActivityUpdateInput;
}

export async function updateActivity({ activity, input }: ActivityChange): Promise<Activity> {
  return dataOrThrow(await api.PATCH('/api/activities/{id}', { params: { path: { id: activity.id } }, body: input }));
}

export function useUpdateActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateActivity,
    onSuccess: (_activity, { activity }) =>
      queryClient.invalidateQueries({ queryKey: activitiesQueryOptions(activity.partnershipId).queryKey }),
  });
}
