// The partnership list, a page at a time, with what to say when there are none or they cannot load.
import { useTranslation } from 'react-i18next';
import { EmptyResults } from '../../../components/empty-results';
import { PagedResults } from '../../../components/paged-results';
import { hasFilters } from '../../../lib/use-url-filters';
import { usePartnershipPages, type PartnershipFilters } from '../api/get-partnerships';
import { PartnershipCard } from './partnership-card';

interface PartnershipResultsProps {
  filters: PartnershipFilters;
  onClearFilters: () => void;
}

export function PartnershipResults({ filters, onClearFilters }: PartnershipResultsProps) {
  const { t } = useTranslation();
  return (
    <PagedResults
      pages={usePartnershipPages(filters)}
      label={t('partnerships.list.results')}
      empty={
        hasFilters(filters) ? (
          <EmptyResults
            message={t('partnerships.list.noMatch')}
            action={
              <button type="button" className="button button-quiet" onClick={onClearFilters}>
                {t('partnerships.list.clearFilters')}
              </button>
            }
          />
        ) : (
          <EmptyResults message={t('partnerships.list.empty')} />
        )
      }
    >
      {(partnerships) => (
        <ul className="result-list">
          {partnerships.map((partnership) => (
            <PartnershipCard key={partnership.id} partnership={partnership} />
          ))}
        </ul>
      )}
    </PagedResults>
  );
}
