// Follow-up on an action item: a dated note of what happened since, and the evidence of what was done (where the
// documents or photos are). The note is added to the earlier ones; the evidence replaces what was written before.
import { actionItemUpdateInput, validationMessage } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../../components/modal-dialog';
import { TextareaField } from '../../../components/textarea-field';
import { useCheckedForm } from '../../../lib/use-checked-form';
import { useProblemMessage } from '../../../lib/use-problem-message';
import type { ActionPlanItem } from '../api/get-action-items';
import { useUpdateActionItem } from '../api/update-action-item';

interface FollowUpDialogProps {
  item: ActionPlanItem;
  open: boolean;
  onClose: () => void;
}

function FollowUpForm({ item, onClose }: Omit<FollowUpDialogProps, 'open'>) {
  const { t } = useTranslation();
  const problemMessage = useProblemMessage();
  const update = useUpdateActionItem();
  const { draft, set, errorFor, submit } = useCheckedForm({
    initial: { followUpNote: '', evidence: item.evidence ?? '' },
    fields: ['followUpNote', 'evidence'],
    error: update.error,
    check: (given) => {
      const evidenceChanged = given.evidence !== (item.evidence ?? '');
      // Saving nothing new would only add an audit entry: ask for a note or changed evidence.
      if (given.followUpNote.trim() === '' && !evidenceChanged) {
        return { success: false, error: { issues: [{ path: ['followUpNote'], message: validationMessage('required') }] } };
      }
      return actionItemUpdateInput.safeParse({
        followUpNote: given.followUpNote.trim() || undefined,
        evidence: evidenceChanged ? given.evidence : undefined,
      });
    },
    onSubmit: (input) => update.mutate({ item, input }, { onSuccess: onClose }),
  });
  return (
    <form className="form" noValidate onSubmit={submit}>
      {update.error && (
        <p role="alert" className="form-alert">
          {problemMessage(update.error)}
        </p>
      )}
      <TextareaField
        name="followUpNote"
        label={t('actionPlan.followUp.note')}
        hint={t('actionPlan.followUp.noteHint')}
        rows={3}
        value={draft.followUpNote}
        error={errorFor('followUpNote')}
        onChange={(event) => set({ followUpNote: event.target.value })}
      />
      <TextareaField
        name="evidence"
        label={t('actionPlan.followUp.evidence')}
        hint={t('actionPlan.followUp.evidenceHint')}
        rows={3}
        value={draft.evidence}
        error={errorFor('evidence')}
        onChange={(event) => set({ evidence: event.target.value })}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('actionPlan.followUp.submit')}
        </button>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

export function FollowUpDialog({ item, open, onClose }: FollowUpDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog open={open} title={t('actionPlan.followUp.title')} onClose={onClose}>
      <p>
        <strong>{item.description}</strong>
      </p>
      <FollowUpForm item={item} onClose={onClose} />
    </ModalDialog>
  );
}
