// Asks before a lifecycle step: a comment (optional, or required e.g. to return a proposal) or a reason
// (required to decline, suspend or terminate), then shows why the server refused, if it did. A refusal
// because someone else changed the partnership first offers to reload it.
import { localizeValidationMessage } from '@daikou/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../../components/modal-dialog';
import { TextareaField } from '../../../components/textarea-field';
import { ApiError } from '../../../lib/api-error';
import { currentLanguage } from '../../../lib/i18n';
import { StepProblem } from './step-problem';

/** What the step asks for: a comment anyone may add, or a comment or a reason it cannot go without. */
export type StepInput = 'optional_comment' | 'comment' | 'reason';

interface StepDialogProps {
  open: boolean;
  title: string;
  explanation?: string;
  input: StepInput;
  confirmLabel: string;
  danger?: boolean;
  pending: boolean;
  error: Error | null;
  onConfirm: (text: { comment?: string; reason?: string }) => void;
  onCancel: () => void;
  onReload: () => void;
}

export function StepDialog(props: StepDialogProps) {
  const { open, title, explanation, input, confirmLabel, danger, pending, error, onConfirm, onCancel, onReload } = props;
  const { t } = useTranslation();
  const explanationId = useId();
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const field = input === 'reason' ? 'reason' : 'comment';
  const serverFieldError = error instanceof ApiError ? error.messageFor(field) : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = text.trim();
    if (input !== 'optional_comment' && trimmed === '') return setMissing(true);
    setMissing(false);
    onConfirm(trimmed === '' ? {} : { [field]: trimmed });
  }

  const fieldError = missing
    ? t(input === 'reason' ? 'partnerships.actions.reasonRequired' : 'partnerships.actions.commentRequired')
    : serverFieldError && localizeValidationMessage(serverFieldError, currentLanguage());

  return (
    <ModalDialog open={open} title={title} onClose={onCancel} describedBy={explanation ? explanationId : undefined}>
      <form className="form" noValidate onSubmit={submit}>
        {explanation && <p id={explanationId}>{explanation}</p>}
        {error && !serverFieldError && <StepProblem error={error} onReload={onReload} />}
        <TextareaField
          name={field}
          label={t(
            input === 'reason'
              ? 'partnerships.actions.reason'
              : input === 'comment'
                ? 'partnerships.actions.comment'
                : 'partnerships.actions.optionalComment',
          )}
          rows={3}
          required={input !== 'optional_comment'}
          value={text}
          error={fieldError}
          onChange={(event) => setText(event.target.value)}
        />
        <div className="form-actions">
          <button type="submit" className={danger ? 'button button-danger' : 'button button-primary'} disabled={pending}>
            {pending ? t('common.saving') : confirmLabel}
          </button>
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
