// The audit log, a page at a time, with what to say when nothing matches or it cannot load.
import { useTranslation } from 'react-i18next';
import { EmptyResults } from '../../../components/empty-results';
import { LoadError } from '../../../components/load-error';
import { LoadMoreButton } from '../../../components/load-more-button';
import { PageLoading } from '../../../components/page-loading';
import { useAuditEntries, type AuditFilters } from '../api/get-audit-entries';
import { AuditTable } from './audit-table';

export function AuditResults({ filters, onClearFilters }: { filters: AuditFilters; onClearFilters: () => void }) {
  const { t } = useTranslation();
  const pages = useAuditEntries(filters);
  if (pages.isPending) return <PageLoading />;
  if (pages.isError) return <LoadError onRetry={() => void pages.refetch()} />;
  const entries = pages.data.pages.flatMap((page) => page.items);
  if (entries.length === 0) {
    return (
      <EmptyResults
        message={t('audit.noMatch')}
        action={
          <button type="button" className="button button-quiet" onClick={onClearFilters}>
            {t('audit.clearFilters')}
          </button>
        }
      />
    );
  }
  return (
    <section aria-label={t('audit.results')}>
      <AuditTable entries={entries} />
      <LoadMoreButton pages={pages} />
    </section>
  );
}
