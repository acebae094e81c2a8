// Asks before an action that is hard to undo.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './modal-dialog';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ open, title, body, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const bodyId = useId();
  return (
    <ModalDialog open={open} title={title} onClose={onCancel} describedBy={bodyId}>
      <p id={bodyId}>{body}</p>
      <div className="form-actions">
        <button type="button" className="button button-danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel} autoFocus>
          {t('common.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
