// What to tell the user when the API refused a lifecycle step: the domain's reason in their language (the API
// answers with its English text), "reload" when someone else changed the partnership first, or the general message.
import { TRANSITION_ERROR_MESSAGES } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-error';
import { useBilingual } from '../../../lib/use-bilingual';
import { useProblemMessage } from '../../../lib/use-problem-message';

export function isStale(error: Error | null): boolean {
  return error instanceof ApiError && error.type.endsWith(':stale');
}

export function useStepProblem(): (error: Error) => string {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const problemMessage = useProblemMessage();
  return (error) => {
    if (isStale(error)) return t('partnerships.actions.stale');
    const known = Object.values(TRANSITION_ERROR_MESSAGES).find((message) => message.en === error.message);
    return known ? inLanguage(known) : problemMessage(error);
  };
}
