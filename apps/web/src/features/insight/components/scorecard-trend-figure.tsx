// Community scorecards over time: per quarter, the average score citizens gave the services and the one their
// providers gave themselves (1–5); a provider line far above the citizens' is a service that sees itself better.
import { useTranslation } from 'react-i18next';
import type { Portfolio } from '../api/get-portfolio';
import { ChartFigure } from './chart-figure';
import { trendChartHeight } from './chart-sizes';
import { CHART_COLORS } from './chart-colors';
import { formatScore } from './figures';
import { DrawnWhenSeen } from './drawn-when-seen';
import { TrendChart } from './lazy-charts';
import { usePeriodLabel } from './use-period-label';

export function ScorecardTrendFigure({ trend }: { trend: Portfolio['scorecardTrend'] }) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const [period, rounds, citizens, providers] = [
    t('dashboard.scorecards.quarter'),
    t('dashboard.scorecards.rounds'),
    t('dashboard.scorecards.citizens'),
    t('dashboard.scorecards.providers'),
  ];
  return (
    <ChartFigure
      id="scorecard-trend"
      title={t('dashboard.scorecards.title')}
      reading={t('dashboard.scorecards.reading')}
      empty={trend.length === 0}
      columns={[period, rounds, citizens, providers]}
      rows={trend.map((point) => (
        <tr key={point.period}>
          <th scope="row">{periodLabel(point.period)}</th>
          <td data-label={rounds}>{point.rounds}</td>
          <td data-label={citizens}>{formatScore(point.citizenAverage)}</td>
          <td data-label={providers}>{formatScore(point.providerAverage)}</td>
        </tr>
      ))}
    >
      <DrawnWhenSeen height={trendChartHeight}>
        <TrendChart
          data={trend.map((point) => ({ period: periodLabel(point.period), citizenAverage: point.citizenAverage, providerAverage: point.providerAverage }))}
          series={[
            { dataKey: 'citizenAverage', name: citizens, color: CHART_COLORS.citizens },
            { dataKey: 'providerAverage', name: providers, color: CHART_COLORS.providers },
          ]}
          domain={[1, 5]}
        />
      </DrawnWhenSeen>
    </ChartFigure>
  );
}
