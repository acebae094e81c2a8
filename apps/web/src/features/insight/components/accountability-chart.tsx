// Each side's commitment ratings as one stacked bar, an outcome per colour, in the order given (kept first).
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS } from './chart-colors';
import { accountabilityChartHeight } from './chart-sizes';

type Outcome = 'kept' | 'partlyKept' | 'notKept' | 'disputed' | 'overdue';

interface AccountabilityChartProps {
  sides: readonly ({ key: string; label: string } & Record<Outcome, number>)[];
  outcomes: readonly { key: Outcome; name: string }[];
}

export function AccountabilityChart({ sides, outcomes }: AccountabilityChartProps) {
  return (
    <BarChart
      layout="vertical"
      data={sides as AccountabilityChartProps['sides'][number][]}
      responsive
      style={{ width: '100%', height: accountabilityChartHeight }}
      margin={{ top: 0, right: 16, bottom: 0, left: 0 }}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
      <XAxis type="number" allowDecimals={false} />
      <YAxis type="category" dataKey="label" width="auto" />
      <Tooltip cursor={{ fill: '#e7eef7' }} />
      {/* In the order drawn, kept first, not alphabetical. */}
      <Legend itemSorter={null} />
      {outcomes.map((outcome) => (
        <Bar
          key={outcome.key}
          dataKey={outcome.key}
          name={outcome.name}
          stackId="ratings"
          fill={CHART_COLORS[outcome.key]}
          barSize={26}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
