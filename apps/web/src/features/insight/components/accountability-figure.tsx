// Commitments kept by the state side and by the non-state side: each side's kept share (the accountability score
// rule) and its ratings as one stacked bar, so that the state's promises are seen beside the CSOs' reports.
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { Portfolio } from '../api/get-portfolio';
import { ChartFigure } from './chart-figure';
import { CHART_COLORS } from './chart-colors';
import { formatPercent } from './figures';

const OUTCOMES = ['kept', 'partlyKept', 'notKept', 'disputed', 'overdue'] as const;

export function AccountabilityFigure({ accountability }: { accountability: Portfolio['accountability'] }) {
  const { t } = useTranslation();
  const sides = [
    { key: 'state', label: t('dashboard.accountability.state'), ...accountability.state },
    { key: 'nonState', label: t('dashboard.accountability.nonState'), ...accountability.nonState },
  ];
  const rated = sides.some((side) => OUTCOMES.some((outcome) => side[outcome] > 0));
  const side = t('dashboard.accountability.side');
  const keptRate = t('dashboard.accountability.keptRate');
  return (
    <ChartFigure
      id="accountability"
      title={t('dashboard.accountability.title')}
      reading={t('dashboard.accountability.reading')}
      empty={!rated}
      columns={[side, keptRate, ...OUTCOMES.map((outcome) => t(`dashboard.accountability.${outcome}`))]}
      rows={sides.map((row) => (
        <tr key={row.key}>
          <th scope="row">{row.label}</th>
          <td data-label={keptRate}>{formatPercent(row.keptRate)}</td>
          {OUTCOMES.map((outcome) => (
            <td key={outcome} data-label={t(`dashboard.accountability.${outcome}`)}>
              {row[outcome]}
            </td>
          ))}
        </tr>
      ))}
      lead={
        <dl className="insight-side-scores">
          {sides.map((row) => (
            <div key={row.key} className={`insight-side-score insight-side-${row.key}`}>
              <dt>{row.label}</dt>
              <dd>
                {formatPercent(row.keptRate)} <span className="muted">{t('dashboard.accountability.keptShare')}</span>
              </dd>
            </div>
          ))}
        </dl>
      }
    >
      <BarChart
        layout="vertical"
        data={sides}
        responsive
        style={{ width: '100%', height: 170 }}
        margin={{ top: 0, right: 16, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="label" width="auto" />
        <Tooltip cursor={{ fill: '#e7eef7' }} />
        {/* In the order drawn, kept first, not alphabetical. */}
        <Legend itemSorter={null} />
        {OUTCOMES.map((outcome) => (
          <Bar
            key={outcome}
            dataKey={outcome}
            name={t(`dashboard.accountability.${outcome}`)}
            stackId="ratings"
            fill={CHART_COLORS[outcome]}
            barSize={26}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFigure>
  );
}
