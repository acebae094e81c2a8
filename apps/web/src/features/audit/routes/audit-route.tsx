// /audit — the audit log (administrators): who did what, when, to what, newest first.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { AuditFilterForm } from '../components/audit-filter-form';
import { AuditResults } from '../components/audit-results';
import { parseAuditFilters } from './audit-filters';

export function AuditRoute() {
  const { t } = useTranslation();
  const [filters, setFilters] = useUrlFilters(parseAuditFilters);
  return (
    <section aria-labelledby="page-heading">
      <PageHeader title={t('audit.title')} />
      <p className="muted">{t('audit.intro')}</p>
      <AuditFilterForm filters={filters} onApply={setFilters} />
      <AuditResults filters={filters} onClearFilters={() => setFilters({})} />
    </section>
  );
}
