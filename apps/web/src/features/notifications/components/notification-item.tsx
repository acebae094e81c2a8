// One notification: bold while unread, its text in the reader's language, a link to the partnership it is
// about (following it marks it read) and "Mark as read".
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../../lib/i18n';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import type { UserNotification } from '../api/get-notifications';
import { useMarkNotificationRead } from '../api/mark-notification-read';

export function NotificationItem({ notification }: { notification: UserNotification }) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  const markRead = useMarkNotificationRead();
  const unread = notification.readAt === null;
  const inKhmer = currentLanguage() === 'km';
  const read = () => {
    if (unread) markRead.mutate(notification.id);
  };
  return (
    <li className={unread ? 'notification notification-unread' : 'notification'}>
      <h2 className="notification-title">
        <Link to={notification.link} onClick={read}>
          {inKhmer ? notification.titleKm : notification.titleEn}
        </Link>
        {unread && <span className="visually-hidden">{t('notifications.unread')}</span>}
      </h2>
      <p>{inKhmer ? notification.bodyKm : notification.bodyEn}</p>
      <p className="notification-meta">
        <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
        {unread && (
          <button type="button" className="button button-quiet button-small" disabled={markRead.isPending} onClick={read}>
            {t('notifications.markRead')}
          </button>
        )}
      </p>
    </li>
  );
}
