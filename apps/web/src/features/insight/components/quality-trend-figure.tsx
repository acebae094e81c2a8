// The partnership's equity gap period by period (the periods the reader may see in full): is the gap closing?
import { useTranslation } from 'react-i18next';
import type { QualityPeriod } from '../api/get-quality';
import { ChartFigure } from './chart-figure';
import { trendChartHeight } from './chart-sizes';
import { CHART_COLORS } from './chart-colors';
import { formatGap } from './figures';
import { DrawnWhenSeen } from './drawn-when-seen';
import { TrendChart } from './lazy-charts';
import { usePeriodLabel } from './use-period-label';

export function QualityTrendFigure({ periods }: { periods: readonly QualityPeriod[] }) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const shown = periods.filter((period) => period.otherSideVisible && period.averageGap !== null);
  const [period, gap] = [t('quality.period'), t('quality.averageGap')];
  return (
    <ChartFigure
      id="quality-trend"
      title={t('quality.trendTitle')}
      reading={t('quality.trendReading')}
      empty={shown.length === 0}
      emptyText={t('quality.trendEmpty')}
      columns={[period, gap]}
      rows={shown.map((entry) => (
        <tr key={entry.period}>
          <th scope="row">{periodLabel(entry.period)}</th>
          <td data-label={gap}>{formatGap(entry.averageGap)}</td>
        </tr>
      ))}
    >
      <DrawnWhenSeen height={trendChartHeight}>
        <TrendChart
          data={shown.map((entry) => ({ period: periodLabel(entry.period), averageGap: entry.averageGap }))}
          series={[{ dataKey: 'averageGap', name: gap, color: CHART_COLORS.gap }]}
          reference={{ value: 0, label: t('quality.noGap') }}
          formatValue={formatGap}
        />
      </DrawnWhenSeen>
    </ChartFigure>
  );
}
