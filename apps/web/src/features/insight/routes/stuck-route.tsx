// /dashboard/stuck?status=&province=&level=&function= — the partnerships waiting longest in one status, longest
// first, each leading to its page: where a slow step on the cycle-time dashboard leads.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyResults } from '../../../components/empty-results';
import { MessagePanel } from '../../../components/message-panel';
import { PageHeader } from '../../../components/page-header';
import { PagedResults } from '../../../components/paged-results';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { stuckCsvHref } from '../api/download-links';
import { useStuckPartnershipPages, type StuckPartnership } from '../api/get-stuck-partnerships';
import { useDashboardLabels, type DashboardLabels } from '../components/use-dashboard-labels';
import { useDuration } from '../components/use-duration';
import '../insight.css';
import { filterSearch, parseStuckFilters, type StuckFilters } from './dashboard-filters';

function StuckItem({ partnership, labels }: { partnership: StuckPartnership; labels: DashboardLabels }) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  const duration = useDuration();
  return (
    <li className="result insight-stuck">
      <div className="result-heading">
        <h2 className="result-title">
          <Link to={`/partnerships/${partnership.id}`}>{partnership.title}</Link>
        </h2>
        <p className="insight-stuck-days">{t('dashboard.stuck.inStatus', { duration: duration(partnership.daysInStatus) })}</p>
      </div>
      <p className="result-meta">
        <span>{partnership.provinceCodes.map(labels.province).join(', ')}</span>
        <span>{t('dashboard.stuck.since', { date: formatDateTime(partnership.statusSince) })}</span>
      </p>
    </li>
  );
}

function StuckList({ filters, labels }: { filters: StuckFilters & { status: NonNullable<StuckFilters['status']> }; labels: DashboardLabels }) {
  const { t } = useTranslation();
  return (
    <PagedResults
      pages={useStuckPartnershipPages(filters)}
      label={t('dashboard.stuck.results')}
      empty={<EmptyResults message={t('dashboard.stuck.none')} />}
    >
      {(partnerships) => (
        <ul className="result-list">
          {partnerships.map((partnership) => (
            <StuckItem key={partnership.id} partnership={partnership} labels={labels} />
          ))}
        </ul>
      )}
    </PagedResults>
  );
}

export function StuckRoute() {
  const { t } = useTranslation();
  const labels = useDashboardLabels();
  const [filters] = useUrlFilters(parseStuckFilters);
  const { status, ...where } = filters;
  const back = (
    <Link to={`/dashboard/cycle-times${filterSearch(where)}`}>{t('dashboard.stuck.back')}</Link>
  );
  if (status === undefined) {
    return <MessagePanel title={t('dashboard.stuck.noStatusTitle')} body={t('dashboard.stuck.noStatus')} action={back} />;
  }
  const scope = [
    where.province ? labels.province(where.province) : t('dashboard.filters.anyProvince'),
    where.level && labels.level(where.level),
    where.function && labels.function(where.function),
  ].filter(Boolean);
  return (
    <section aria-labelledby="page-heading">
      <p className="breadcrumb">{back}</p>
      <PageHeader
        title={t('dashboard.stuck.title', { status: labels.status(status) })}
        subtitle={scope.join(' · ')}
        actions={
          <a className="button button-quiet" href={stuckCsvHref(filters)} download>
            {t('dashboard.download.list')}
          </a>
        }
      />
      <p className="insight-chart-reading">{t('dashboard.stuck.reading')}</p>
      <StuckList filters={{ ...filters, status }} labels={labels} />
    </section>
  );
}
