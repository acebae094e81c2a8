// Why the server refused a step, in the reader's language; "Reload" when someone else changed the partnership first.
import { useTranslation } from 'react-i18next';
import { isStale, useStepProblem } from './use-step-problem';

export function StepProblem({ error, onReload }: { error: Error; onReload: () => void }) {
  const { t } = useTranslation();
  const stepProblem = useStepProblem();
  return (
    <div role="alert" className="form-alert">
      <p>{stepProblem(error)}</p>
      {isStale(error) && (
        <button type="button" className="button button-quiet" onClick={onReload}>
          {t('partnerships.actions.reload')}
        </button>
      )}
    </div>
  );
}
