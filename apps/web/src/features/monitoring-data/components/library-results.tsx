// The library, a page at a time, with what to say when nothing matches or it cannot load.
import { useTranslation } from 'react-i18next';
import { EmptyResults } from '../../../components/empty-results';
import { PagedResults } from '../../../components/paged-results';
import { hasFilters } from '../../../lib/use-url-filters';
import { useIndicatorLibraryPages, type IndicatorLibraryFilters } from '../api/get-indicator-library';
import { LibraryIndicatorCard } from './library-indicator-card';

interface LibraryResultsProps {
  filters: IndicatorLibraryFilters;
  keeps: boolean;
  onClearFilters: () => void;
}

export function LibraryResults({ filters, keeps, onClearFilters }: LibraryResultsProps) {
  const { t } = useTranslation();
  const filtered = hasFilters(filters);
  return (
    <PagedResults
      pages={useIndicatorLibraryPages(filters)}
      label={t('indicatorLibrary.list.results')}
      empty={
        <EmptyResults
          message={filtered ? t('indicatorLibrary.list.noMatch') : t('indicatorLibrary.list.empty')}
          action={
            filtered && (
              <button type="button" className="button button-quiet" onClick={onClearFilters}>
                {t('indicatorLibrary.list.clearFilters')}
              </button>
            )
          }
        />
      }
    >
      {(indicators) => (
        <div className="library-list">
          {indicators.map((indicator) => (
            <LibraryIndicatorCard key={indicator.id} indicator={indicator} keeps={keeps} />
          ))}
        </div>
      )}
    </PagedResults>
  );
}
