// /dashboard/cycle-times — how long partnerships spend in each step, median and 90th percentile, overall, per
// province and per administrative level, filtered like the portfolio (and by level); the slowest steps first, each
// leading to the partnerships waiting there.
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../../components/load-error';
import { PageHeader } from '../../../components/page-header';
import { PageLoading } from '../../../components/page-loading';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { cycleTimesCsvHref } from '../api/download-links';
import { useCycleTimes } from '../api/get-cycle-times';
import { CycleTimeBreakdown } from '../components/cycle-time-breakdown';
import { CycleTimeFigure } from '../components/cycle-time-figure';
import { DashboardFilterForm } from '../components/dashboard-filter-form';
import { DashboardTabs } from '../components/dashboard-tabs';
import { SlowestSteps, stuckListPath } from '../components/slowest-steps';
import { useDashboardLabels } from '../components/use-dashboard-labels';
import '../insight.css';
import { parseDashboardFilters } from './dashboard-filters';

export function CycleTimesRoute() {
  const { t } = useTranslation();
  const labels = useDashboardLabels();
  const [filters, setFilters] = useUrlFilters(parseDashboardFilters);
  const cycleTimes = useCycleTimes(filters);
  const slowest = cycleTimes.data?.slowest ?? [];
  return (
    <section aria-labelledby="page-heading">
      <PageHeader
        title={t('dashboard.cycleTimes.title')}
        subtitle={t('dashboard.cycleTimes.subtitle')}
        actions={
          <a className="button button-quiet" href={cycleTimesCsvHref(filters)} download>
            {t('dashboard.download.figures')}
          </a>
        }
      />
      <DashboardTabs current="cycle-times" filters={filters} />
      <DashboardFilterForm filters={filters} onApply={setFilters} withLevel />
      {cycleTimes.isError && <LoadError onRetry={() => void cycleTimes.refetch()} />}
      {cycleTimes.isPending && <PageLoading />}
      {cycleTimes.data && (
        <div className="insight-grid insight-grid-wide">
          <SlowestSteps slowest={slowest} filters={filters} labels={labels} />
          <CycleTimeFigure
            statuses={cycleTimes.data.statuses}
            slowestStatus={slowest.find((step) => step.province === null)?.status}
            labels={labels}
            stuckListOf={(status) => stuckListPath(filters, status, null)}
          />
          <CycleTimeBreakdown
            id="by-province"
            title={t('dashboard.cycleTimes.byProvince')}
            thing={t('dashboard.portfolio.province')}
            labels={labels}
            rows={cycleTimes.data.byProvince
              .map(({ province, statuses }) => ({
                key: province,
                label: labels.province(province),
                statuses,
                stuckListOf: (status: string) => stuckListPath(filters, status, province),
              }))
              .sort((a, b) => a.label.localeCompare(b.label))}
          />
          <CycleTimeBreakdown
            id="by-level"
            title={t('dashboard.cycleTimes.byLevel')}
            thing={t('dashboard.filters.level')}
            labels={labels}
            rows={cycleTimes.data.byLevel.map(({ level, statuses }) => ({
              key: level,
              label: labels.level(level),
              statuses,
              stuckListOf: (status: string) => stuckListPath({ ...filters, level }, status, null),
            }))}
          />
        </div>
      )}
    </section>
  );
}
