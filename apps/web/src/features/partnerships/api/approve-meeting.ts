// POST /api/meetings/{id}/approve — the caller's organisation approves the minutes as they stand.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { meetingsQueryOptions, type Meeting } from './get-meetings';

export async function approveMeeting(meeting: Meeting): Promise<Meeting> {
  return dataOrThrow(await api.POST('/api/meetings/{id}/approve', { params: { path: { id: meeting.id } } }));
}

export function useApproveMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: approveMeeting,
    onSuccess: (_approved, meeting) => queryClient.invalidateQueries({ queryKey: meetingsQueryOptions(meeting.partnershipId).queryKey }),
  });
}
