// A count of partnerships by one thing (status, function, form, sector, province) as a bar chart with its table;
// a row may link to the partnership list showing those partnerships.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChartFigure } from './chart-figure';
import { countBarChartHeight } from './chart-sizes';
import type { ChartBar } from './count-bar-chart';
import { DrawnWhenSeen } from './drawn-when-seen';
import { CountBarChart } from './lazy-charts';

interface CountsFigureProps {
  id: string;
  title: string;
  reading?: string;
  /** The column heading of what is counted, e.g. "Province". */
  thing: string;
  bars: readonly ChartBar[];
  /** The partnership list of one row, when the list can filter by it. */
  listOf?: (key: string) => string;
  className?: string;
}

export function CountsFigure({ id, title, reading, thing, bars, listOf, className }: CountsFigureProps) {
  const { t } = useTranslation();
  const count = t('dashboard.partnerships');
  return (
    <ChartFigure
      id={id}
      title={title}
      reading={reading}
      empty={bars.length === 0}
      className={className}
      columns={[thing, count]}
      rows={bars.map((bar) => (
        <tr key={bar.key}>
          <th scope="row">{listOf ? <Link to={listOf(bar.key)}>{bar.label}</Link> : bar.label}</th>
          <td data-label={count}>{bar.value}</td>
        </tr>
      ))}
    >
      <DrawnWhenSeen height={countBarChartHeight(bars.length)}>
        <CountBarChart bars={bars} valueName={count} />
      </DrawnWhenSeen>
    </ChartFigure>
  );
}
