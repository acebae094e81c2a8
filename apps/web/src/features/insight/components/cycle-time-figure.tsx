// Days spent in each step: the median and the 90th percentile per status as paired bars, the slowest step in its
// own colour; the table below lists how many stays count, how many partnerships are still there, and leads to them.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { StatusCycleTime } from '../api/get-cycle-times';
import { ChartFigure } from './chart-figure';
import { CHART_COLORS } from './chart-colors';
import { formatDays } from './figures';
import type { DashboardLabels } from './use-dashboard-labels';

const rowHeight = 46;

interface CycleTimeFigureProps {
  statuses: readonly StatusCycleTime[];
  /** The step to highlight: the slowest where partnerships wait (not their active term). */
  slowestStatus: string | undefined;
  labels: DashboardLabels;
  stuckListOf: (status: string) => string;
}

export function CycleTimeFigure({ statuses, slowestStatus, labels, stuckListOf }: CycleTimeFigureProps) {
  const { t } = useTranslation();
  const measured = statuses.filter((status) => status.partnerships > 0);
  const [step, stays, stillIn, median, p90] = [
    t('dashboard.cycleTimes.step'),
    t('dashboard.cycleTimes.stays'),
    t('dashboard.cycleTimes.stillIn'),
    t('dashboard.cycleTimes.median'),
    t('dashboard.cycleTimes.p90'),
  ];
  const data = measured.map((status) => ({ ...status, label: labels.status(status.status) }));
  return (
    <ChartFigure
      id="cycle-times"
      title={t('dashboard.cycleTimes.chartTitle')}
      reading={t('dashboard.cycleTimes.chartReading')}
      empty={measured.length === 0}
      columns={[step, stays, stillIn, median, p90]}
      rows={measured.map((status) => (
        <tr key={status.status} className={status.status === slowestStatus ? 'insight-row-slowest' : undefined}>
          <th scope="row">{labels.status(status.status)}</th>
          <td data-label={stays}>{status.partnerships}</td>
          <td data-label={stillIn}>
            {status.stillIn > 0 ? <Link to={stuckListOf(status.status)}>{t('dashboard.cycleTimes.seeWaiting', { count: status.stillIn })}</Link> : 0}
          </td>
          <td data-label={median}>{formatDays(status.medianDays)}</td>
          <td data-label={p90}>{formatDays(status.p90Days)}</td>
        </tr>
      ))}
    >
      <BarChart
        layout="vertical"
        data={data}
        responsive
        style={{ width: '100%', height: data.length * rowHeight + 60 }}
        margin={{ top: 0, right: 48, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
        <XAxis type="number" tickFormatter={(value: number) => formatDays(value)} />
        <YAxis type="category" dataKey="label" width="auto" interval={0} />
        <Tooltip formatter={(value, name) => [formatDays(Number(value)), name]} cursor={{ fill: '#e7eef7' }} />
        {/* The median before the 90th percentile, not alphabetical. */}
        <Legend itemSorter={null} />
        <Bar dataKey="medianDays" name={median} fill={CHART_COLORS.median} barSize={16} isAnimationActive={false}>
          {data.map((status) => (
            <Cell key={status.status} fill={status.status === slowestStatus ? CHART_COLORS.highlight : CHART_COLORS.median} />
          ))}
          <LabelList dataKey="medianDays" position="right" formatter={(value) => formatDays(Number(value))} />
        </Bar>
        <Bar dataKey="p90Days" name={p90} fill={CHART_COLORS.p90} barSize={16} isAnimationActive={false}>
          <LabelList dataKey="p90Days" position="right" formatter={(value) => formatDays(Number(value))} />
        </Bar>
      </BarChart>
    </ChartFigure>
  );
}
