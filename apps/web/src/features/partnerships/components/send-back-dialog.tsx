// The validating party sends a submitted report back; the comment, which says what to correct, is required.
import { REPORT_ACTION_LABELS } from '@daikou/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../../components/modal-dialog';
import { TextareaField } from '../../../components/textarea-field';
import { useBilingual } from '../../../lib/use-bilingual';
import { useProblemMessage } from '../../../lib/use-problem-message';
import { useActOnReport } from '../api/act-on-report';
import type { Report } from '../api/get-reports';

interface SendBackDialogProps {
  report: Report;
  open: boolean;
  onClose: () => void;
}

function SendBackForm({ report, onClose }: Omit<SendBackDialogProps, 'open'>) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const problemMessage = useProblemMessage();
  const act = useActOnReport();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (comment.trim() === '') {
      setMissing(true);
      return;
    }
    act.mutate({ report, action: 'send_back', input: { comment: comment.trim() } }, { onSuccess: onClose });
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      {act.error && (
        <p role="alert" className="form-alert">
          {problemMessage(act.error)}
        </p>
      )}
      <TextareaField
        name="comment"
        label={t('partnerships.work.reports.sendBackComment')}
        rows={4}
        value={comment}
        error={missing ? t('partnerships.work.reports.commentRequired') : undefined}
        onChange={(event) => setComment(event.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={act.isPending}>
          {act.isPending ? t('common.saving') : inLanguage(REPORT_ACTION_LABELS.send_back)}
        </button>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

export function SendBackDialog({ report, open, onClose }: SendBackDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog open={open} title={t('partnerships.work.reports.sendBackTitle')} onClose={onClose}>
      <SendBackForm report={report} onClose={onClose} />
    </ModalDialog>
  );
}
