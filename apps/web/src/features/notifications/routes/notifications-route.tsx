// /notifications — what happened to the user's partnerships and what waits for them, unread first.
import { useTranslation } from 'react-i18next';
import { EmptyResults } from '../../../components/empty-results';
import { PageHeader } from '../../../components/page-header';
import { PagedResults } from '../../../components/paged-results';
import { useProblemMessage } from '../../../lib/use-problem-message';
import { useNotificationPages, type UserNotification } from '../api/get-notifications';
import { useMarkAllNotificationsRead } from '../api/mark-all-notifications-read';
import { NotificationItem } from '../components/notification-item';

// Newest first within each group, as the API lists them.
const unreadFirst = (notifications: UserNotification[]) =>
  notifications.filter((n) => n.readAt === null).concat(notifications.filter((n) => n.readAt !== null));

export function NotificationsRoute() {
  const { t } = useTranslation();
  const pages = useNotificationPages();
  const markAll = useMarkAllNotificationsRead();
  const problemMessage = useProblemMessage();
  const anyUnread = pages.data?.pages.some((page) => page.items.some((n) => n.readAt === null)) ?? false;
  return (
    <section aria-labelledby="page-heading">
      <PageHeader
        title={t('notifications.title')}
        actions={
          anyUnread && (
            <button type="button" className="button button-quiet" disabled={markAll.isPending} onClick={() => markAll.mutate()}>
              {t('notifications.markAllRead')}
            </button>
          )
        }
      />
      {markAll.error && (
        <p role="alert" className="form-alert">
          {problemMessage(markAll.error)}
        </p>
      )}
      <PagedResults pages={pages} label={t('notifications.list')} empty={<EmptyResults message={t('notifications.empty')} />}>
        {(notifications) => (
          <ul className="result-list">
            {unreadFirst(notifications).map((notification) => (
              <NotificationItem key={notification.id} notification={notification} />
            ))}
          </ul>
        )}
      </PagedResults>
    </section>
  );
}
