// /dashboard — the portfolio the user may see (reviewers and admins: national; officers: their organisation's
// partnerships), filtered by province, function and start months kept in the address: headline counts, charts by
// status, function, form, sector and province, commitments kept by each side, the equity-gap and scorecard trends,
// and the figures as CSV.
import { PARTNERSHIP_STATUSES, isOfficer } from '@daikou/domain';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyResults } from '../../../components/empty-results';
import { LoadError } from '../../../components/load-error';
import { PageHeader } from '../../../components/page-header';
import { PageLoading } from '../../../components/page-loading';
import { useSignedInUser } from '../../../lib/current-user';
import { hasFilters, useUrlFilters } from '../../../lib/use-url-filters';
import { partnershipsCsvHref, portfolioCsvHref } from '../api/download-links';
import { usePortfolio, type Portfolio } from '../api/get-portfolio';
import type { ChartBar } from '../components/count-bar-chart';
import { DashboardFilterForm } from '../components/dashboard-filter-form';
import { DashboardTabs } from '../components/dashboard-tabs';
import { HeadlineCounts } from '../components/headline-counts';
import { AccountabilityFigure } from '../components/accountability-figure';
import { CountsFigure } from '../components/counts-figure';
import { EquityGapTrendFigure } from '../components/equity-gap-trend-figure';
import { ScorecardTrendFigure } from '../components/scorecard-trend-figure';
import { useDashboardLabels } from '../components/use-dashboard-labels';
import '../insight.css';
import { filterSearch, parsePortfolioFilters } from './dashboard-filters';

type KeyCount = Portfolio['byStatus'][number];

/** Most first; equal counts by name, so the order does not jump between loads. */
function ranked(counts: readonly KeyCount[], labelOf: (key: string) => string): ChartBar[] {
  return counts
    .filter((entry) => entry.count > 0)
    .map((entry) => ({ key: entry.key, label: labelOf(entry.key), value: entry.count }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
}

/** In the lifecycle's order: a status chart reads as the road partnerships travel. */
function inLifecycleOrder(counts: readonly KeyCount[], labelOf: (key: string) => string): ChartBar[] {
  const order = (key: string) => PARTNERSHIP_STATUSES.indexOf(key as (typeof PARTNERSHIP_STATUSES)[number]);
  return counts
    .filter((entry) => entry.count > 0)
    .toSorted((a, b) => order(a.key) - order(b.key))
    .map((entry) => ({ key: entry.key, label: labelOf(entry.key), value: entry.count }));
}

export function PortfolioRoute() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const labels = useDashboardLabels();
  const [filters, setFilters] = useUrlFilters(parsePortfolioFilters);
  const portfolio = usePortfolio(filters);
  // The figures render as a transition once they arrive: on a slow phone drawing eight figures and their tables is
  // split into short tasks, so the page keeps answering taps meanwhile.
  const figures = useDeferredValue(portfolio.data);
  // The partnership list filters by province and function, not by start month.
  const listOf = (filter: Record<string, string>) =>
    `/partnerships${filterSearch({ province: filters.province, function: filters.function, ...filter })}`;
  return (
    <section aria-labelledby="page-heading">
      <PageHeader
        title={t('dashboard.title')}
        subtitle={isOfficer(user.role) ? t('dashboard.scope.own') : t('dashboard.scope.national')}
        actions={
          <>
            <a className="button button-quiet" href={portfolioCsvHref(filters)} download>
              {t('dashboard.download.figures')}
            </a>
            <a className="button button-quiet" href={partnershipsCsvHref({ province: filters.province, function: filters.function })} download>
              {t('dashboard.download.partnerships')}
            </a>
          </>
        }
      />
      <DashboardTabs current="portfolio" filters={filters} />
      <DashboardFilterForm filters={filters} onApply={setFilters} />
      {portfolio.isError && <LoadError onRetry={() => void portfolio.refetch()} />}
      {figures === undefined && !portfolio.isError && <PageLoading />}
      {figures?.total === 0 &&
        (hasFilters(filters) ? (
          <EmptyResults
            message={t('dashboard.noMatch')}
            action={
              <button type="button" className="button button-quiet" onClick={() => setFilters({})}>
                {t('dashboard.filters.clear')}
              </button>
            }
          />
        ) : (
          <EmptyResults message={t('dashboard.noPartnerships')} />
        ))}
      {figures !== undefined && figures.total > 0 && (
        <>
          <HeadlineCounts portfolio={figures} />
          <div className="insight-grid">
            <CountsFigure
              id="by-status"
              title={t('dashboard.portfolio.byStatus')}
              thing={t('dashboard.portfolio.status')}
              bars={inLifecycleOrder(figures.byStatus, labels.status)}
              listOf={(status) => listOf({ status })}
            />
            <CountsFigure
              id="by-function"
              title={t('dashboard.portfolio.byFunction')}
              thing={t('dashboard.portfolio.function')}
              bars={ranked(figures.byFunction, labels.function)}
              listOf={(fn) => listOf({ function: fn })}
            />
            <CountsFigure
              id="by-form"
              title={t('dashboard.portfolio.byForm')}
              reading={t('dashboard.portfolio.formReading')}
              thing={t('dashboard.portfolio.form')}
              bars={ranked(figures.byForm, labels.form)}
              listOf={(form) => listOf({ form })}
            />
            <CountsFigure
              id="by-sector"
              title={t('dashboard.portfolio.bySector')}
              reading={t('dashboard.portfolio.countedInEach')}
              thing={t('dashboard.portfolio.sector')}
              bars={ranked(figures.bySector, labels.sector)}
            />
            <CountsFigure
              id="by-province"
              className="insight-chart-wide"
              title={t('dashboard.portfolio.byProvince')}
              reading={t('dashboard.portfolio.countedInEach')}
              thing={t('dashboard.portfolio.province')}
              bars={ranked(figures.byProvince, labels.province)}
              listOf={(province) => listOf({ province })}
            />
            <AccountabilityFigure accountability={figures.accountability} />
            <EquityGapTrendFigure trend={figures.qualityTrend} />
            <ScorecardTrendFigure trend={figures.scorecardTrend} />
          </div>
        </>
      )}
    </section>
  );
}
