// /partnerships — the partnerships the user may see, filtered; officers propose a new one from here.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { actorOf, useSignedInUser } from '../../../lib/current-user';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { PartnershipFilterForm } from '../components/partnership-filter-form';
import { PartnershipResults } from '../components/partnership-results';
import { mayPropose } from '../partnership-policy';
import { parsePartnershipFilters } from './partnership-filters';

export function PartnershipsRoute() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const [filters, setFilters] = useUrlFilters(parsePartnershipFilters);
  return (
    <section aria-labelledby="page-heading">
      <PageHeader
        title={t('partnerships.list.title')}
        actions={
          mayPropose(actorOf(user)) && (
            <Link to="/partnerships/new" className="button button-primary">
              {t('partnerships.new.action')}
            </Link>
          )
        }
      />
      <PartnershipFilterForm filters={filters} onApply={setFilters} />
      <PartnershipResults filters={filters} onClearFilters={() => setFilters({})} />
    </section>
  );
}
