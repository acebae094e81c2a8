// Where partnerships get stuck: the slowest steps (nationally or in one province), slowest first, each leading to
// the partnerships waiting there.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CycleTimes } from '../api/get-cycle-times';
import { filterSearch, type DashboardFilters } from '../routes/dashboard-filters';
import type { DashboardLabels } from './use-dashboard-labels';
import { useDuration } from './use-duration';

const shown = 5;

interface SlowestStepsProps {
  slowest: CycleTimes['slowest'];
  filters: DashboardFilters;
  labels: DashboardLabels;
}

/** The list of the partnerships waiting in a status, under the dashboards' filters (start months do not apply). */
export function stuckListPath(filters: DashboardFilters, status: string, province: string | null): string {
  return `/dashboard/stuck${filterSearch({ status, province: province ?? filters.province, function: filters.function, level: filters.level })}`;
}

export function SlowestSteps({ slowest, filters, labels }: SlowestStepsProps) {
  const { t } = useTranslation();
  const duration = useDuration();
  return (
    <section className="panel insight-slowest" aria-labelledby="slowest-heading">
      <h2 id="slowest-heading">{t('dashboard.cycleTimes.slowestTitle')}</h2>
      <p className="insight-chart-reading">{t('dashboard.cycleTimes.slowestReading')}</p>
      {slowest.length === 0 ? (
        <p className="muted">{t('dashboard.noFigures')}</p>
      ) : (
        <ol className="insight-slowest-list">
          {slowest.slice(0, shown).map((step) => (
            <li key={`${step.status}-${step.province ?? ''}`}>
              <Link to={stuckListPath(filters, step.status, step.province)}>
                <span className="insight-slowest-step">{labels.status(step.status)}</span>
                <span className="insight-slowest-where">
                  {step.province === null ? t('dashboard.cycleTimes.everywhere') : labels.province(step.province)}
                </span>
                <span className="insight-slowest-days">{t('dashboard.cycleTimes.medianOf', { duration: duration(step.medianDays) })}</span>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
