// /users — the accounts (administrators): find them by name, role, organisation and status; create one.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { UserFilterForm } from '../components/user-filter-form';
import { UserResults } from '../components/user-results';
import { parseUserFilters } from './user-filters';

export function UsersRoute() {
  const { t } = useTranslation();
  const [filters, setFilters] = useUrlFilters(parseUserFilters);
  return (
    <section aria-labelledby="page-heading">
      <PageHeader
        title={t('users.list.title')}
        actions={
          <Link to="/users/new" className="button button-primary">
            {t('users.new.action')}
          </Link>
        }
      />
      <UserFilterForm filters={filters} onApply={setFilters} />
      <UserResults filters={filters} onClearFilters={() => setFilters({})} />
    </section>
  );
}
