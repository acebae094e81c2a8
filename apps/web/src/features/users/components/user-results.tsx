// The user list, a page at a time, with what to say when there are none or they cannot load.
import { useTranslation } from 'react-i18next';
import { EmptyResults } from '../../../components/empty-results';
import { PagedResults } from '../../../components/paged-results';
import { useUserPages, type UserFilters } from '../api/get-users';
import { UserTable } from './user-table';

export function UserResults({ filters, onClearFilters }: { filters: UserFilters; onClearFilters: () => void }) {
  const { t } = useTranslation();
  return (
    <PagedResults
      pages={useUserPages(filters)}
      label={t('users.list.results')}
      empty={
        <EmptyResults
          message={t('users.list.noMatch')}
          action={
            <button type="button" className="button button-quiet" onClick={onClearFilters}>
              {t('users.list.clearFilters')}
            </button>
          }
        />
      }
    >
      {(users) => <UserTable users={users} />}
    </PagedResults>
  );
}
