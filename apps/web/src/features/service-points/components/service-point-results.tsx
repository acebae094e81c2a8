// The service point list's results, a page at a time, with what to say when there are none or they cannot load.
import { useTranslation } from 'react-i18next';
import { EmptyResults } from '../../../components/empty-results';
import { PagedResults } from '../../../components/paged-results';
import { hasFilters } from '../../../lib/use-url-filters';
import { useServicePointPages, type ServicePointFilters } from '../api/get-service-points';
import { ServicePointCard } from './service-point-card';

interface ServicePointResultsProps {
  filters: ServicePointFilters;
  onClearFilters: () => void;
}

export function ServicePointResults({ filters, onClearFilters }: ServicePointResultsProps) {
  const { t } = useTranslation();
  const pages = useServicePointPages(filters);
  return (
    <PagedResults
      pages={pages}
      label={t('servicePoints.list.results')}
      empty={
        hasFilters(filters) ? (
          <EmptyResults
            message={t('servicePoints.list.noMatch')}
            action={
              <button type="button" className="button button-quiet" onClick={onClearFilters}>
                {t('servicePoints.list.clearFilters')}
              </button>
            }
          />
        ) : (
          <EmptyResults message={t('servicePoints.list.empty')} />
        )
      }
    >
      {(points) => (
        <>
          <p role="status" className="result-count">
            {t(pages.hasNextPage ? 'servicePoints.list.shownMore' : 'servicePoints.list.shown', { count: points.length })}
          </p>
          <ul className="result-list">
            {points.map((point) => (
              <ServicePointCard key={point.id} point={point} />
            ))}
          </ul>
        </>
      )}
    </PagedResults>
  );
}
