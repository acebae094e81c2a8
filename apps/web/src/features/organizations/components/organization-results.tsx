// The directory's results, a page at a time, with what to say when there are none or they cannot load.
import { useTranslation } from 'react-i18next';
import { EmptyResults } from '../../../components/empty-results';
import { PagedResults } from '../../../components/paged-results';
import { hasFilters } from '../../../lib/use-url-filters';
import { useOrganizationPages, type OrganizationFilters } from '../api/get-organizations';
import { OrganizationCard } from './organization-card';

interface OrganizationResultsProps {
  filters: OrganizationFilters;
  onClearFilters: () => void;
}

export function OrganizationResults({ filters, onClearFilters }: OrganizationResultsProps) {
  const { t } = useTranslation();
  const pages = useOrganizationPages(filters);
  return (
    <PagedResults
      pages={pages}
      label={t('organizations.directory.results')}
      empty={
        hasFilters(filters) ? (
          <EmptyResults
            message={t('organizations.directory.noMatch')}
            action={
              <button type="button" className="button button-quiet" onClick={onClearFilters}>
                {t('organizations.directory.clearFilters')}
              </button>
            }
          />
        ) : (
          <EmptyResults message={t('organizations.directory.empty')} />
        )
      }
    >
      {(organizations) => (
        <>
          <p role="status" className="result-count">
            {t(pages.hasNextPage ? 'organizations.directory.shownMore' : 'organizations.directory.shown', {
              count: organizations.length,
            })}
          </p>
          <ul className="result-list">
            {organizations.map((organization) => (
              <OrganizationCard key={organization.id} organization={organization} />
            ))}
          </ul>
        </>
      )}
    </PagedResults>
  );
}
