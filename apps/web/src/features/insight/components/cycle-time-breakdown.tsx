// Median days per step (90th percentile beside it) for each province or administrative level: one row each, the
// steps as columns; each row's slowest step is highlighted, and each figure leads to the partnerships waiting there.
import { slowestSteps } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import type { StatusCycleTime } from '../api/get-cycle-times';
import { formatDays } from './figures';
import type { DashboardLabels } from './use-dashboard-labels';

export interface BreakdownRow {
  key: string;
  label: string;
  statuses: readonly StatusCycleTime[];
  /** The waiting list of one step in this row. */
  stuckListOf: (status: string) => string;
}

interface CycleTimeBreakdownProps {
  id: string;
  title: string;
  /** The column heading of the rows, e.g. "Province". */
  thing: string;
  rows: readonly BreakdownRow[];
  labels: DashboardLabels;
}

interface BreakdownCellProps {
  figures: StatusCycleTime | undefined;
  slow: boolean;
  columnLabel: string;
  stuckList: string;
}

function BreakdownCell({ figures, slow, columnLabel, stuckList }: BreakdownCellProps) {
  const { t } = useTranslation();
  if (!figures || figures.partnerships === 0) return <td data-label={columnLabel}>–</td>;
  const median = formatDays(figures.medianDays);
  return (
    <td data-label={columnLabel} className={slow ? 'insight-cell-slowest' : undefined}>
      {figures.stillIn > 0 ? <Link to={stuckList}>{median}</Link> : median}
      <span className="insight-p90"> · {formatDays(figures.p90Days)}</span>
      {slow && <span className="visually-hidden"> ({t('dashboard.cycleTimes.slow')})</span>}
    </td>
  );
}

export function CycleTimeBreakdown({ id, title, thing, rows, labels }: CycleTimeBreakdownProps) {
  const { t } = useTranslation();
  // Only the steps some row has figures for: a column of dashes says nothing.
  const steps = [...new Set(rows.flatMap((row) => row.statuses.filter((status) => status.partnerships > 0).map((status) => status.status)))];
  const shownRows = rows.filter((row) => row.statuses.some((status) => status.partnerships > 0));
  return (
    <section className="panel insight-breakdown" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="insight-chart-reading">{t('dashboard.cycleTimes.breakdownReading')}</p>
      {shownRows.length === 0 ? (
        <p className="muted">{t('dashboard.noFigures')}</p>
      ) : (
        <DataTable columns={[thing, ...steps.map((status) => labels.status(status))]}>
          {shownRows.map((row) => {
            // The domain's rule picks the row's slowest step to get through (never the active term itself).
            const slowest = slowestSteps(row.statuses, [], 1)[0]?.status;
            return (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {steps.map((status) => (
                  <BreakdownCell
                    key={status}
                    figures={row.statuses.find((entry) => entry.status === status)}
                    slow={status === slowest}
                    columnLabel={labels.status(status)}
                    stuckList={row.stuckListOf(status)}
                  />
                ))}
              </tr>
            );
          })}
        </DataTable>
      )}
    </section>
  );
}
