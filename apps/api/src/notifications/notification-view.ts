// What the API answers about notifications (documented in OpenAPI from these schemas).
import { z } from 'zod';
import { NOTIFICATION_KINDS, type UserNotification } from './notification.entity';

export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(NOTIFICATION_KINDS),
  partnershipId: z.uuid().nullable(),
  titleEn: z.string(),
  titleKm: z.string(),
  bodyEn: z.string(),
  bodyKm: z.string(),
  link: z.string().describe('Web path the notification leads to, e.g. /partnerships/<id>'),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof notificationSchema>;

export function toNotificationView(n: UserNotification): NotificationView {
  return {
    id: n.id,
    kind: n.kind,
    partnershipId: n.partnershipId,
    titleEn: n.titleEn,
    titleKm: n.titleKm,
    bodyEn: n.bodyEn,
    bodyKm: n.bodyKm,
    link: n.link,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}
