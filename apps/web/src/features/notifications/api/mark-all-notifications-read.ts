// POST /api/notifications/read-all — every notification of the user read at once.
import type { Schemas } from '@daikou/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { notificationsQueryOptions } from './get-notifications';

export async function markAllNotificationsRead(): Promise<Schemas['NotificationsMarked']> {
  return dataOrThrow(await api.POST('/api/notifications/read-all'));
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsQueryOptions().queryKey }),
  });
}
