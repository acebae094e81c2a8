// POST /api/partnerships/{id}/meetings — a party's officer records a meeting.
import type { MeetingCreateInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { meetingsQueryOptions, type Meeting } from './get-meetings';

export interface MeetingDraft {
  id: string;
  input: MeetingCreateInput;
}

export async function createMeeting({ id, input }: MeetingDraft): Promise<Meeting> {
  return dataOrThrow(await api.POST('/api/partnerships/{id}/meetings', { params: { path: { id } }, body: input }));
}

export function useCreateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMeeting,
    onSuccess: (_meeting, { id }) => queryClient.invalidateQueries({ queryKey: meetingsQueryOptions(id).queryKey }),
  });
}
