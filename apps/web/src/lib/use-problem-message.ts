// What to tell the reader when the API refused or failed a request, by the problem's status.
import { useTranslation } from 'react-i18next';
import { ApiError } from './api-error';

export function useProblemMessage(): (error: Error) => string {
  const { t } = useTranslation();
  return (error) => {
    if (!(error instanceof ApiError)) return t('problems.unreachable');
    switch (error.status) {
      case 400:
      case 422:
        return t('problems.invalidInput');
      case 401:
        return t('problems.signedOut');
      case 403:
        return t('problems.forbidden');
      case 404:
        return t('problems.notFound');
      case 409:
        return t('problems.conflict');
      case 429:
        return t('problems.tooManyRequests');
      // A proxy or load balancer answering for an API that is down.
      case 502:
      case 503:
      case 504:
        return t('problems.unreachable');
      default:
        return t('problems.unexpected');
    }
  };
}
