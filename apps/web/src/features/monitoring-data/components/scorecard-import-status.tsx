// One import: its progress while it runs (asked every second), then what came of it — rounds imported, rows not
// imported with the first errors, and the full error report to download.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError } from '../../../components/load-error';
import type { ScorecardImportStatusProps } from '../../../components/lookups';
import { PageLoading } from '../../../components/page-loading';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import { importErrorsCsvHref } from '../api/download-links';
import { isFinished, useImport } from '../api/get-import';
import '../monitoring-data.css';
import { ImportProgressBar } from './import-progress-bar';
import { ImportRowErrors } from './import-row-errors';
import { ImportStatusBadge } from './import-status-badge';

export function ScorecardImportStatus({ importId, backTo }: ScorecardImportStatusProps) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  const loaded = useImport(importId);
  const back = (
    <Link to={backTo} className="button button-quiet">
      {t('imports.status.back')}
    </Link>
  );
  if (loaded.isError) return <LoadError onRetry={() => void loaded.refetch()} />;
  if (loaded.isPending) return <PageLoading />;
  const found = loaded.data;
  const finished = isFinished(found);
  return (
    <section className="panel import-status" aria-labelledby="import-status-heading">
      {back}
      <h2 id="import-status-heading">{t('imports.status.title', { file: found.fileName })}</h2>
      <p className="import-status-line">
        <ImportStatusBadge status={found.status} /> <span className="muted">{t('imports.status.started', { at: formatDateTime(found.createdAt) })}</span>
      </p>
      <ImportProgressBar done={found.rowsDone} total={found.rowsTotal} finished={finished} />
      {!finished && <p role="status">{t('imports.status.running')}</p>}
      {found.status === 'failed' && (
        <p role="alert" className="form-alert">
          {t('imports.status.failed')}
        </p>
      )}
      {found.status === 'completed' && (
        <>
          <div className="import-counts" role="status">
            <p className="import-count">
              <strong>{found.validRows}</strong> {t('imports.status.imported', { count: found.validRows })}
            </p>
            <p className={found.errorCount > 0 ? 'import-count import-count-errors' : 'import-count'}>
              <strong>{found.errorCount}</strong> {t('imports.status.failedRows', { count: found.errorCount })}
            </p>
          </div>
          {found.errorCount > 0 && (
            <section aria-labelledby="import-errors-heading">
              <div className="import-errors-heading">
                <h3 id="import-errors-heading">{t('imports.errors.heading')}</h3>
                <a href={importErrorsCsvHref(found.id)} download className="button button-quiet">
                  {t('imports.errors.download')}
                </a>
              </div>
              {found.errorCount > found.errors.length && <p className="muted">{t('imports.errors.firstOnly', { shown: found.errors.length, count: found.errorCount })}</p>}
              <ImportRowErrors errors={found.errors} />
            </section>
          )}
        </>
      )}
    </section>
  );
}
