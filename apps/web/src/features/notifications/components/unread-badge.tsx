// How many notifications are unread, beside "Notifications" in the navigation; nothing when none are.
import { useTranslation } from 'react-i18next';
import { unreadCountLimit, useUnreadNotificationCount } from '../api/get-notifications';

export function UnreadBadge() {
  const { t } = useTranslation();
  const { data: count } = useUnreadNotificationCount();
  if (!count) return null;
  const shown = count > unreadCountLimit ? `${unreadCountLimit}+` : String(count);
  return (
    <span className="count-badge" aria-label={t('notifications.unreadCount', { count })}>
      {shown}
    </span>
  );
}
