// One period's (or every period's) comparison: per attribute the state side's average beside the non-state
// side's on the 1–5 scale, and the equity gap between them in the table.
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { AttributeComparison } from '../api/get-quality';
import { ChartFigure } from './chart-figure';
import { CHART_COLORS } from './chart-colors';
import { formatGap, formatScore } from './figures';

const rowHeight = 44;

interface QualityComparisonFigureProps {
  title: string;
  attributes: readonly AttributeComparison[];
  averageGap: number | null;
}

export function QualityComparisonFigure({ title, attributes, averageGap }: QualityComparisonFigureProps) {
  const { t } = useTranslation();
  const [attribute, state, nonState, gap] = [t('quality.attribute'), t('quality.stateSide'), t('quality.nonStateSide'), t('quality.gap')];
  const data = attributes.map((entry) => ({ ...entry, label: t(`quality.attributes.${entry.attribute}.name`) }));
  return (
    <ChartFigure
      id="quality-comparison"
      title={title}
      reading={t('quality.gapReading')}
      empty={attributes.every((entry) => entry.stateAverage === null && entry.nonStateAverage === null)}
      emptyText={t('quality.noneYet')}
      columns={[attribute, state, nonState, gap]}
      rows={data.map((entry) => (
        <tr key={entry.attribute}>
          <th scope="row">{entry.label}</th>
          <td data-label={state}>{formatScore(entry.stateAverage)}</td>
          <td data-label={nonState}>{formatScore(entry.nonStateAverage)}</td>
          <td data-label={gap}>{formatGap(entry.gap)}</td>
        </tr>
      ))}
      lead={
        <p className="insight-average-gap">
          {t('quality.averageGap')}: <strong>{formatGap(averageGap)}</strong>
        </p>
      }
    >
      <BarChart
        layout="vertical"
        data={data}
        responsive
        style={{ width: '100%', height: data.length * rowHeight + 60 }}
        margin={{ top: 0, right: 16, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
        <XAxis type="number" domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} />
        <YAxis type="category" dataKey="label" width="auto" interval={0} />
        <Tooltip formatter={(value, name) => [formatScore(value === null ? null : Number(value)), name]} cursor={{ fill: '#e7eef7' }} />
        {/* The state side first, as everywhere, not alphabetical. */}
        <Legend itemSorter={null} />
        <Bar dataKey="stateAverage" name={state} fill={CHART_COLORS.state} barSize={14} isAnimationActive={false} />
        <Bar dataKey="nonStateAverage" name={nonState} fill={CHART_COLORS.nonState} barSize={14} isAnimationActive={false} />
      </BarChart>
    </ChartFigure>
  );
}
