// PATCH /api/meetings/{id} — a change to the minutes (or attendees, decisions, action items) clears every approval.
import type { MeetingUpdateInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { meetingsQueryOptions, type Meeting } from './get-meetings';

export interface MeetingChange {
  meeting: Meeting;
  input: MeetingUpdateInput;
}

export async function updateMeeting({ meeting, input }: MeetingChange): Promise<Meeting> {
  return dataOrThrow(await api.PATCH('/api/meetings/{id}', { params: { path: { id: meeting.id } }, body: input }));
}

export function useUpdateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMeeting,
    onSuccess: (_meeting, { meeting }) => queryClient.invalidateQueries({ queryKey: meetingsQueryOptions(meeting.partnershipId).queryKey }),
  });
}
