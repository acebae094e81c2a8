// GET /api/notifications — the signed-in user's notifications, newest first; `unread` only the ones not read.
import type { Schemas } from '@daikou/api-client';
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';

export type NotificationPage = Schemas['NotificationPage'];
export type UserNotification = Schemas['Notification'];

const pageSize = 25;
/** The badge counts up to this many and then shows "99+". */
export const unreadCountLimit = 99;

export async function getNotifications(query: { unread?: 'true'; limit: number }, cursor?: string): Promise<NotificationPage> {
  return dataOrThrow(await api.GET('/api/notifications', { params: { query: { ...query, cursor } } }));
}

/** Without arguments, the key every notification query starts with: what marking one read invalidates. */
export function notificationsQueryOptions() {
  return queryOptions({ queryKey: ['notifications'], queryFn: () => getNotifications({ limit: pageSize }) });
}

export function notificationPagesQueryOptions() {
  return infiniteQueryOptions({
    queryKey: [...notificationsQueryOptions().queryKey, 'pages'],
    queryFn: ({ pageParam }) => getNotifications({ limit: pageSize }, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useNotificationPages() {
  return useInfiniteQuery(notificationPagesQueryOptions());
}

/** How many are unread (one more than the limit stands for "more"), asked again every minute. */
export function useUnreadNotificationCount() {
  return useQuery({
    queryKey: [...notificationsQueryOptions().queryKey, 'unread-count'],
    queryFn: async () => (await getNotifications({ unread: 'true', limit: unreadCountLimit + 1 })).items.length,
    refetchInterval: 60_000,
  });
}
