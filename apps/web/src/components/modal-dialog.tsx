// A modal <dialog> opened and closed by `open`: it keeps focus inside and closes with Escape (onClose).
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  className?: string;
  /** The id of the element that says what the dialog is about. */
  describedBy?: string;
  children: ReactNode;
}

export function ModalDialog({ open, title, onClose, className, describedBy, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = `${useId()}-title`;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className={`card confirm-dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onClose={onClose}
    >
      <h2 id={titleId}>{title}</h2>
      {/* Rendered only while open: each opening starts with a fresh form. */}
      {open && children}
    </dialog>
  );
}
