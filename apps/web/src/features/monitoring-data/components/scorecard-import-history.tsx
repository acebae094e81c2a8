// The files imported into a partnership, latest first, each opening its progress or result; the parties' officers
// start a new import from here.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { LoadError } from '../../../components/load-error';
import type { ScorecardImportHistoryProps } from '../../../components/lookups';
import { PageLoading } from '../../../components/page-loading';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import { usePartnershipImports } from '../api/get-partnership-imports';
import '../monitoring-data.css';
import { ImportStatusBadge } from './import-status-badge';

export function ScorecardImportHistory({ partnershipId, linkTo, newTo }: ScorecardImportHistoryProps) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  const imports = usePartnershipImports(partnershipId);
  const columns = {
    file: t('imports.history.file'),
    at: t('imports.history.at'),
    status: t('imports.history.status'),
    imported: t('imports.history.imported'),
    failed: t('imports.history.failed'),
  };
  return (
    <section className="panel" aria-labelledby="imports-heading">
      <h2 id="imports-heading">{t('imports.history.heading')}</h2>
      <p>{t('imports.history.intro')}</p>
      {imports.isError && <LoadError onRetry={() => void imports.refetch()} />}
      {imports.isPending && <PageLoading />}
      {imports.data?.length === 0 && <p className="muted">{t('imports.history.none')}</p>}
      {imports.data && imports.data.length > 0 && (
        <DataTable columns={Object.values(columns)}>
          {imports.data.map((item) => (
            <tr key={item.id}>
              <td data-label={columns.file}>
                <Link to={linkTo(item.id)}>{item.fileName}</Link>
              </td>
              <td data-label={columns.at}>{formatDateTime(item.createdAt)}</td>
              <td data-label={columns.status}>
                <ImportStatusBadge status={item.status} />
              </td>
              <td data-label={columns.imported}>{item.validRows}</td>
              <td data-label={columns.failed}>{item.errorCount}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {newTo && (
        <div className="form-actions">
          <Link to={newTo} className="button button-primary">
            {t('imports.history.new')}
          </Link>
        </div>
      )}
    </section>
  );
}
