// A form's submit button ("Saving…" while it is sent) and, where the form has a page to go back to, Cancel.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface FormActionsProps {
  submitLabel: string;
  submitting: boolean;
  /** Also disables the button, e.g. while nothing changed. */
  disabled?: boolean;
  cancelTo?: string;
}

export function FormActions({ submitLabel, submitting, disabled = false, cancelTo }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" disabled={submitting || disabled}>
        {submitting ? t('common.saving') : submitLabel}
      </button>
      {cancelTo && (
        <Link to={cancelTo} className="button button-quiet">
          {t('common.cancel')}
        </Link>
      )}
    </div>
  );
}
