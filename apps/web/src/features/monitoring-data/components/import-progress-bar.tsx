// How far an import has come, as a progress bar that assistive technology reads as "rows done of total".
import { useTranslation } from 'react-i18next';

interface ImportProgressBarProps {
  done: number;
  /** Null while the rows are still being counted. */
  total: number | null;
  finished: boolean;
}

export function ImportProgressBar({ done, total, finished }: ImportProgressBarProps) {
  const { t } = useTranslation();
  const text = total === null ? t('imports.progress.counting') : t('imports.progress.rows', { done, total });
  const percent = total ? Math.round((done / total) * 100) : finished ? 100 : 0;
  return (
    <div className="import-progress-line">
      <div
        role="progressbar"
        aria-label={t('imports.progress.label')}
        aria-valuemin={0}
        aria-valuemax={total ?? undefined}
        aria-valuenow={total === null ? undefined : done}
        aria-valuetext={text}
        className={finished ? 'import-progress import-progress-done' : 'import-progress'}
      >
        <div className="import-progress-value" style={{ width: `${percent}%` }} />
      </div>
      <p className="import-progress-text" aria-hidden="true">
        {text}
      </p>
    </div>
  );
}
