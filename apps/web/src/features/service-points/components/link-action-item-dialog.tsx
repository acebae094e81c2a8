// Links a piece of feedback to an action item that follows from a scorecard round at the same service point (or
// removes the link): the feedback then counts on that item in the action plan.
import { feedbackTriageInput } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../../components/load-error';
import { ModalDialog } from '../../../components/modal-dialog';
import { SelectField } from '../../../components/select-field';
import { useCheckedForm } from '../../../lib/use-checked-form';
import { useDateFormat } from '../../../lib/use-date-time-format';
import { useProblemMessage } from '../../../lib/use-problem-message';
import type { Feedback } from '../api/get-feedback';
import { useServicePointScorecards } from '../api/get-service-point-scorecards';
import { useTriageFeedback } from '../api/triage-feedback';

interface LinkActionItemDialogProps {
  feedback: Feedback;
  open: boolean;
  onClose: () => void;
}

function LinkForm({ feedback, onClose }: Omit<LinkActionItemDialogProps, 'open'>) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const problemMessage = useProblemMessage();
  const scorecards = useServicePointScorecards(feedback.servicePointId);
  const triage = useTriageFeedback();
  const options = (scorecards.data?.rounds ?? []).toReversed().flatMap((round) =>
    round.actionItems.map((item) => ({ value: item.id, label: t('feedbackInbox.link.option', { description: item.description, date: formatDate(round.date) }) })),
  );
  const { draft, set, errorFor, submit } = useCheckedForm({
    initial: { actionItemId: feedback.actionItemId ?? '' },
    fields: ['actionItemId'],
    error: triage.error,
    check: (given) => feedbackTriageInput.safeParse({ actionItemId: given.actionItemId || null }),
    onSubmit: (input) => triage.mutate({ id: feedback.id, input }, { onSuccess: onClose }),
  });
  if (scorecards.isError) return <LoadError onRetry={() => void scorecards.refetch()} />;
  return (
    <form className="form" noValidate onSubmit={submit}>
      {triage.error && (
        <p role="alert" className="form-alert">
          {problemMessage(triage.error)}
        </p>
      )}
      {scorecards.data && options.length === 0 && <p className="muted">{t('feedbackInbox.link.none')}</p>}
      <SelectField
        name="actionItemId"
        label={t('feedbackInbox.link.actionItem')}
        emptyLabel={scorecards.isPending ? t('common.loading') : t('feedbackInbox.link.noLink')}
        options={options}
        value={draft.actionItemId}
        error={errorFor('actionItemId')}
        onValueChange={(actionItemId) => set({ actionItemId })}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={triage.isPending}>
          {triage.isPending ? t('common.saving') : t('feedbackInbox.link.submit')}
        </button>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

export function LinkActionItemDialog({ feedback, open, onClose }: LinkActionItemDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog open={open} title={t('feedbackInbox.link.title')} onClose={onClose}>
      <LinkForm feedback={feedback} onClose={onClose} />
    </ModalDialog>
  );
}
