// Any address the app does not know.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MessagePanel } from '../../components/message-panel';
import { PublicLayout } from '../../components/public-layout';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <PublicLayout>
      <MessagePanel
        title={t('notFound.title')}
        body={t('notFound.body')}
        action={
          <Link to="/" className="button button-primary">
            {t('notFound.home')}
          </Link>
        }
      />
    </PublicLayout>
  );
}
