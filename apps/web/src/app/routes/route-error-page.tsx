// What the user sees when a route cannot be shown: no access, not found, or a failure to load.
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { MessagePanel } from '../../components/message-panel';
import { PublicLayout } from '../../components/public-layout';

function RouteErrorMessage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 403) {
    return <MessagePanel title={t('forbidden.title')} body={t('forbidden.body')} />;
  }
  if (isRouteErrorResponse(error) && error.status === 404) {
    return <MessagePanel title={t('notFound.title')} body={t('notFound.body')} />;
  }
  return (
    <MessagePanel
      title={t('routeError.title')}
      body={t('routeError.body')}
      action={
        <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
          {t('common.tryAgain')}
        </button>
      }
    />
  );
}

/** Inside the app shell: the header and navigation stay usable. */
export function SectionErrorPage() {
  return <RouteErrorMessage />;
}

/** When the shell itself could not load. */
export function RootErrorPage() {
  return (
    <PublicLayout>
      <RouteErrorMessage />
    </PublicLayout>
  );
}
