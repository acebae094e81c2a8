// Where the reader is in the import wizard: choose the file, match its columns, start.
import { useTranslation } from 'react-i18next';

export const IMPORT_STEPS = ['file', 'map', 'start'] as const;
export type ImportStep = (typeof IMPORT_STEPS)[number];

export function ImportSteps({ current }: { current: ImportStep }) {
  const { t } = useTranslation();
  const at = IMPORT_STEPS.indexOf(current);
  return (
    <ol className="import-steps" aria-label={t('imports.wizard.steps')}>
      {IMPORT_STEPS.map((step, index) => (
        <li key={step} aria-current={index === at ? 'step' : undefined} className={index < at ? 'import-step-done' : undefined}>
          {t('imports.wizard.stepNumber', { number: index + 1 })} {t(`imports.wizard.step.${step}`)}
        </li>
      ))}
    </ol>
  );
}
