// /indicator-library — the shared indicators partnerships start from: everyone finds them by name or sector and
// downloads them as CSV; the administrators who keep the library add, change and archive them.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { actorOf, useSignedInUser } from '../../../lib/current-user';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { indicatorLibraryCsvHref } from '../api/download-links';
import { LibraryFilterForm } from '../components/library-filter-form';
import { LibraryResults } from '../components/library-results';
import '../monitoring-data.css';
import { mayKeepLibrary } from '../library-policy';
import { parseLibraryFilters } from './library-filters';

export function IndicatorLibraryRoute() {
  const { t } = useTranslation();
  const keeps = mayKeepLibrary(actorOf(useSignedInUser()));
  const [filters, setFilters] = useUrlFilters(parseLibraryFilters);
  return (
    <section aria-labelledby="page-heading">
      <PageHeader
        title={t('indicatorLibrary.list.title')}
        subtitle={t('indicatorLibrary.list.intro')}
        actions={
          <>
            <a href={indicatorLibraryCsvHref(filters)} download className="button button-quiet">
              {t('indicatorLibrary.list.downloadCsv')}
            </a>
            {keeps && (
              <Link to="/indicator-library/new" className="button button-primary">
                {t('indicatorLibrary.new.action')}
              </Link>
            )}
          </>
        }
      />
      <LibraryFilterForm filters={filters} onApply={setFilters} offersArchived={keeps} />
      <LibraryResults filters={filters} keeps={keeps} onClearFilters={() => setFilters({})} />
    </section>
  );
}
