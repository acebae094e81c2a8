// /organizations — the directory: search the registry by name and filter it; administrators register from here.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { actorOf, useSignedInUser } from '../../../lib/current-user';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { OrganizationFilterForm } from '../components/organization-filter-form';
import { OrganizationResults } from '../components/organization-results';
import { mayRegisterOrganizations } from '../organization-policy';
import { parseDirectoryFilters } from './directory-filters';

export function OrganizationDirectoryRoute() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const [filters, setFilters] = useUrlFilters(parseDirectoryFilters);
  return (
    <section aria-labelledby="page-heading">
      <PageHeader
        title={t('organizations.directory.title')}
        actions={
          mayRegisterOrganizations(actorOf(user)) && (
            <Link to="/organizations/new" className="button button-primary">
              {t('organizations.new.action')}
            </Link>
          )
        }
      />
      <OrganizationFilterForm filters={filters} onApply={setFilters} />
      <OrganizationResults filters={filters} onClearFilters={() => setFilters({})} />
    </section>
  );
}
