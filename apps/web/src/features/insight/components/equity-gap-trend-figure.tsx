// The portfolio's equity gap period by period: the average, over partnerships both sides assessed, of the state
// side's scores minus the non-state side's. Above zero the state side rates its partnerships better than its partners do.
import { useTranslation } from 'react-i18next';
import type { Portfolio } from '../api/get-portfolio';
import { ChartFigure } from './chart-figure';
import { trendChartHeight } from './chart-sizes';
import { CHART_COLORS } from './chart-colors';
import { formatGap } from './figures';
import { DrawnWhenSeen } from './drawn-when-seen';
import { TrendChart } from './lazy-charts';
import { usePeriodLabel } from './use-period-label';

export function EquityGapTrendFigure({ trend }: { trend: Portfolio['qualityTrend'] }) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const [period, partnerships, gap] = [t('quality.period'), t('dashboard.quality.assessedBoth'), t('quality.averageGap')];
  return (
    <ChartFigure
      id="equity-gap-trend"
      title={t('dashboard.quality.title')}
      reading={t('quality.gapReading')}
      empty={trend.every((point) => point.averageGap === null)}
      columns={[period, partnerships, gap]}
      rows={trend.map((point) => (
        <tr key={point.period}>
          <th scope="row">{periodLabel(point.period)}</th>
          <td data-label={partnerships}>{point.partnerships}</td>
          <td data-label={gap}>{formatGap(point.averageGap)}</td>
        </tr>
      ))}
    >
      <DrawnWhenSeen height={trendChartHeight}>
        <TrendChart
          data={trend.map((point) => ({ period: periodLabel(point.period), averageGap: point.averageGap }))}
          series={[{ dataKey: 'averageGap', name: gap, color: CHART_COLORS.gap }]}
          reference={{ value: 0, label: t('quality.noGap') }}
          formatValue={formatGap}
        />
      </DrawnWhenSeen>
    </ChartFigure>
  );
}
