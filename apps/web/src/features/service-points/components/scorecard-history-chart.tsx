// Each criterion's citizen and provider scores over the rounds at one service point, one small chart per criterion:
// two lines (citizens solid, providers dashed) and, between them, a bar marking the gap with its value. The chart
// is drawn for the eye only; a table under it gives screen readers the same numbers. Recharts is heavy: only the
// lazily loaded service point page imports this file.
import { Bar, CartesianGrid, ComposedChart, LabelList, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { SCORE_MAX, SCORE_MIN } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../lib/use-date-time-format';
import type { CriterionTrend } from '../api/get-service-point-scorecards';
import { isWideGap, useScoreFormat } from './score-format';

const colours = { citizens: '#17416e', providers: '#2f7a4f', gap: '#f2c57c', gapText: '#6b3a00', grid: '#e3e8ee' };
const scoreTicks = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, index) => SCORE_MIN + index);

interface ChartRow {
  date: string;
  citizens: number | null;
  providers: number | null;
  /** From the lower to the higher score: the bar that marks the gap. */
  gapRange: [number, number] | null;
  gap: string;
}

function LegendLine({ colour, dashed, hollow }: { colour: string; dashed?: boolean; hollow?: boolean }) {
  return (
    <svg width="34" height="14" aria-hidden="true" className="chart-legend-mark">
      <line x1="1" y1="7" x2="33" y2="7" stroke={colour} strokeWidth="2.5" strokeDasharray={dashed ? '6 4' : undefined} />
      <circle cx="17" cy="7" r="4.5" fill={hollow ? '#ffffff' : colour} stroke={colour} strokeWidth="2" />
    </svg>
  );
}

export function ScorecardLegend() {
  const { t } = useTranslation();
  return (
    <ul className="chart-legend">
      <li>
        <LegendLine colour={colours.citizens} />
        {t('scorecards.chart.citizens')}
      </li>
      <li>
        <LegendLine colour={colours.providers} dashed hollow />
        {t('scorecards.chart.providers')}
      </li>
      <li>
        <span className="legend-swatch" style={{ background: colours.gap }} aria-hidden="true" />
        {t('scorecards.chart.gap')}
      </li>
    </ul>
  );
}

function CriterionChart({ trend }: { trend: CriterionTrend }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const format = useScoreFormat();
  const rows: ChartRow[] = trend.points.map((point) => ({
    date: formatDate(point.date),
    citizens: point.citizenScore,
    providers: point.providerScore,
    gapRange:
      point.citizenScore === null || point.providerScore === null
        ? null
        : [Math.min(point.citizenScore, point.providerScore), Math.max(point.citizenScore, point.providerScore)],
    gap: point.gap === null ? '' : format.gap(point.gap),
  }));
  const scored = trend.points.filter((point) => point.gap !== null);
  const latest = scored.at(-1);
  const wide = isWideGap(latest?.gap ?? null);
  const seriesName: Record<string, string> = {
    citizens: t('scorecards.chart.citizens'),
    providers: t('scorecards.chart.providers'),
    gapRange: t('scorecards.chart.gap'),
  };
  return (
    <figure className={`criterion-chart${wide ? ' criterion-chart-wide-gap' : ''}`}>
      <figcaption>
        <span className="criterion-chart-title">
          <strong>{trend.name}</strong>
          {wide && <span className="badge gap-badge">{t('scorecards.wideGap')}</span>}
        </span>
        {latest && (
          <span className="criterion-chart-latest">
            {t('scorecards.chart.lastScored', {
              date: formatDate(latest.date),
              citizens: format.score(latest.citizenScore),
              providers: format.score(latest.providerScore),
              gap: format.gap(latest.gap),
            })}
          </span>
        )}
      </figcaption>
      <div className="criterion-chart-plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height={210}>
          <ComposedChart data={rows} margin={{ top: 22, right: 12, bottom: 0, left: -22 }} accessibilityLayer={false}>
            <CartesianGrid stroke={colours.grid} vertical={false} />
            <XAxis dataKey="date" tick={{ fontSize: 12 }} tickMargin={6} padding={{ left: 24, right: 24 }} />
            <YAxis domain={[SCORE_MIN, SCORE_MAX]} ticks={scoreTicks} allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip
              formatter={(value, name, item) => {
                const row = item.payload as ChartRow;
                return [name === 'gapRange' ? row.gap : format.score(typeof value === 'number' ? value : null), seriesName[String(name)] ?? String(name)];
              }}
            />
            <Bar dataKey="gapRange" fill={colours.gap} barSize={16} isAnimationActive={false}>
              <LabelList dataKey="gap" position="top" offset={12} fill={colours.gapText} fontSize={12} fontWeight={700} />
            </Bar>
            <Line dataKey="citizens" stroke={colours.citizens} strokeWidth={2.5} dot={{ r: 5, fill: colours.citizens }} connectNulls isAnimationActive={false} />
            <Line
              dataKey="providers"
              stroke={colours.providers}
              strokeWidth={2.5}
              strokeDasharray="6 4"
              dot={{ r: 5, fill: '#ffffff', strokeWidth: 2 }}
              connectNulls
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <table className="visually-hidden">
        <caption>{t('scorecards.chart.tableCaption', { criterion: trend.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scorecards.fields.date')}</th>
            <th scope="col">{t('scorecards.chart.citizens')}</th>
            <th scope="col">{t('scorecards.chart.providers')}</th>
            <th scope="col">{t('scorecards.chart.gap')}</th>
          </tr>
        </thead>
        <tbody>
          {trend.points.map((point, index) => (
            <tr key={index}>
              <th scope="row">{formatDate(point.date)}</th>
              <td>{point.citizenScore === null ? t('scorecards.chart.notScored') : format.score(point.citizenScore)}</td>
              <td>{point.providerScore === null ? t('scorecards.chart.notScored') : format.score(point.providerScore)}</td>
              <td>{format.gap(point.gap)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export function ScorecardHistoryChart({ comparison }: { comparison: readonly CriterionTrend[] }) {
  return (
    <div className="criterion-charts">
      {comparison.map((trend) => (
        <CriterionChart key={trend.name} trend={trend} />
      ))}
    </div>
  );
}
