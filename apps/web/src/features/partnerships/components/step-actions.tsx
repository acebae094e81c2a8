// The buttons of the steps the server says the user may take now (`allowedActions`, never worked out here),
// each opening its dialog: the sign dialog for `sign`, otherwise the comment or reason dialog.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SignDialog } from './sign-dialog';
import { StepDialog, type StepInput } from './step-dialog';
import { ENDING_STEPS } from './step-inputs';

export interface StepText {
  comment?: string;
  reason?: string;
}

interface StepActionsProps<A extends string> {
  /** Names the group of buttons, e.g. "What you can do now". */
  label: string;
  actions: readonly A[];
  labelOf: (action: A) => string;
  inputOf: (action: A) => StepInput;
  partnershipId: string;
  /** The MoU version a signature is for (the one approved for signature). */
  versionToSign: number | null;
  pending: boolean;
  error: Error | null;
  /** Takes the step; `done` closes the dialog once the server accepted it. */
  perform: (action: A, text: StepText, done: () => void) => void;
  /** Forgets the last refusal (when a dialog closes). */
  reset: () => void;
  onReload: () => Promise<unknown>;
}

export function StepActions<A extends string>(props: StepActionsProps<A>) {
  const { label, actions, labelOf, inputOf, partnershipId, versionToSign, pending, error, perform, reset, onReload } = props;
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<A | null>(null);
  if (actions.length === 0) return null;
  const close = () => {
    setChosen(null);
    reset();
  };
  const reload = () => void onReload().then(close);
  const step = chosen ?? actions[0]!;
  return (
    <div className="step-actions" role="group" aria-label={label}>
      {actions.map((action) => (
        <button
          key={action}
          type="button"
          className={ENDING_STEPS.has(action) ? 'button button-danger' : 'button button-primary'}
          onClick={() => setChosen(action)}
        >
          {labelOf(action)}
        </button>
      ))}
      {chosen === 'sign' && versionToSign !== null ? (
        <SignDialog
          open
          partnershipId={partnershipId}
          versionNumber={versionToSign}
          pending={pending}
          error={error}
          onSign={() => perform(step, {}, close)}
          onCancel={close}
          onReload={reload}
        />
      ) : (
        <StepDialog
          // A fresh comment for every step chosen.
          key={step}
          open={chosen !== null}
          title={labelOf(step)}
          explanation={t('partnerships.actions.explanation')}
          input={inputOf(step)}
          confirmLabel={labelOf(step)}
          danger={ENDING_STEPS.has(step)}
          pending={pending}
          error={error}
          onConfirm={(text) => perform(step, text, close)}
          onCancel={close}
          onReload={reload}
        />
      )}
    </div>
  );
}
