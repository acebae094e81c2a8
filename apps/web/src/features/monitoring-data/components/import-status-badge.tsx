// An import's state as a coloured label: waiting, importing, done or stopped.
import { useTranslation } from 'react-i18next';
import type { ScorecardImport } from '../api/get-import';

const CLASS: Readonly<Record<ScorecardImport['status'], string>> = {
  queued: 'badge badge-muted',
  running: 'badge',
  completed: 'badge badge-positive',
  failed: 'badge import-status-failed',
};

export function ImportStatusBadge({ status }: { status: ScorecardImport['status'] }) {
  const { t } = useTranslation();
  return <span className={CLASS[status]}>{t(`imports.state.${status}`)}</span>;
}
