// POST /api/notifications/{id}/read — one notification read.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { notificationsQueryOptions, type UserNotification } from './get-notifications';

export async function markNotificationRead(id: string): Promise<UserNotification> {
  return dataOrThrow(await api.POST('/api/notifications/{id}/read', { params: { path: { id } } }));
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsQueryOptions().queryKey }),
  });
}
