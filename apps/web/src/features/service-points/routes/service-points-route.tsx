// /service-points — the shared directory of service points, filtered by kind, area and name; officers and
// administrators add one from here.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { actorOf, useSignedInUser } from '../../../lib/current-user';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { ServicePointFilterForm } from '../components/service-point-filter-form';
import { ServicePointResults } from '../components/service-point-results';
import { mayRegisterServicePoints } from '../service-point-policy';
import { parseServicePointFilters } from './service-point-filters';

export function ServicePointsRoute() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const [filters, setFilters] = useUrlFilters(parseServicePointFilters);
  return (
    <section aria-labelledby="page-heading">
      <PageHeader
        title={t('servicePoints.list.title')}
        actions={
          mayRegisterServicePoints(actorOf(user)) && (
            <Link to="/service-points/new" className="button button-primary">
              {t('servicePoints.new.action')}
            </Link>
          )
        }
      />
      <ServicePointFilterForm filters={filters} onApply={setFilters} />
      <ServicePointResults filters={filters} onClearFilters={() => setFilters({})} />
    </section>
  );
}
