// The user list, a page at a time, with what to say when there are none or they cannot load.
import { useTranslation } from 'react-i18next';
import { EmptyResults } from '../../../components/empty-results';
import { LoadError } from '../../../components/load-error';
import { LoadMoreButton } from '../../../components/load-more-button';
import { PageLoading } from '../../../components/page-loading';
import { useUserPages, type UserFilters } from '../api/get-users';
import { UserTable } from './user-table';

export function UserResults({ filters, onClearFilters }: { filters: UserFilters; onClearFilters: () => void }) {
  const { t } = useTranslation();
  const pages = useUserPages(filters);
  if (pages.isPending) return <PageLoading />;
  if (pages.isError) return <LoadError onRetry={() => void pages.refetch()} />;
  const users = pages.data.pages.flatMap((page) => page.items);
  if (users.length === 0) {
    return (
      <EmptyResults
        message={t('users.list.noMatch')}
        action={
          <button type="button" className="button button-quiet" onClick={onClearFilters}>
            {t('users.list.clearFilters')}
          </button>
        }
      />
    );
  }
  return (
    <section aria-label={t('users.list.results')}>
      <UserTable users={users} />
      <LoadMoreButton pages={pages} />
    </section>
  );
}
