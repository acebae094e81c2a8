// Commitments kept by the state side and by the non-state side: each side's kept share (the accountability score
// rule) and its ratings as one stacked bar, so that the state's promises are seen beside the CSOs' reports.
import { useTranslation } from 'react-i18next';
import type { Portfolio } from '../api/get-portfolio';
import { ChartFigure } from './chart-figure';
import { accountabilityChartHeight } from './chart-sizes';
import { DrawnWhenSeen } from './drawn-when-seen';
import { formatPercent } from './figures';
import { AccountabilityChart } from './lazy-charts';

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
      <DrawnWhenSeen height={accountabilityChartHeight}>
        <AccountabilityChart sides={sides} outcomes={OUTCOMES.map((outcome) => ({ key: outcome, name: t(`dashboard.accountability.${outcome}`) }))} />
      </DrawnWhenSeen>
    </ChartFigure>
  );
}
