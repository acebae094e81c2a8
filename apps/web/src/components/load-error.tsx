// A list or page that could not be loaded, with a way to try again.
import { useTranslation } from 'react-i18next';

export function LoadError({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="notice notice-error">
      <p>{t('common.loadFailed')}</p>
      <button type="button" className="button button-quiet" onClick={onRetry}>
        {t('common.tryAgain')}
      </button>
    </div>
  );
}
