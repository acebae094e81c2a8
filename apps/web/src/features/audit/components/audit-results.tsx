// The audit log, a page at a time, with what to say when nothing matches or it cannot load.
import { useTranslation } from 'react-i18next';
import { EmptyResults } from '../../../components/empty-results';
import { PagedResults } from '../../../components/paged-results';
import { useAuditEntries, type AuditFilters } from '../api/get-audit-entries';
import { AuditTable } from './audit-table';

export function AuditResults({ filters, onClearFilters }: { filters: AuditFilters; onClearFilters: () => void }) {
  const { t } = useTranslation();
  return (
    <PagedResults
      pages={useAuditEntries(filters)}
      label={t('audit.results')}
      empty={
        <EmptyResults
          message={t('audit.noMatch')}
          action={
            <button type="button" className="button button-quiet" onClick={onClearFilters}>
              {t('audit.clearFilters')}
            </button>
          }
        />
      }
    >
      {(entries) => <AuditTable entries={entries} />}
    </PagedResults>
  );
}
