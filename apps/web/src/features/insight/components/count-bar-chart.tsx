// Counts as horizontal bars, one row per thing counted, labelled on the left and valued at the bar's end; a
// highlighted bar stands out in its own colour (e.g. the slowest step).
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS } from './chart-colors';
import { countBarChartHeight } from './chart-sizes';

export interface ChartBar {
  key: string;
  label: string;
  value: number;
  highlighted?: boolean;
}

interface CountBarChartProps {
  bars: readonly ChartBar[];
  /** What the value counts, for the tooltip. */
  valueName: string;
  formatValue?: (value: number) => string;
}

export function CountBarChart({ bars, valueName, formatValue = String }: CountBarChartProps) {
  return (
    <BarChart
      layout="vertical"
      data={bars as ChartBar[]}
      responsive
      style={{ width: '100%', height: countBarChartHeight(bars.length) }}
      margin={{ top: 0, right: 48, bottom: 0, left: 0 }}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
      <XAxis type="number" allowDecimals={false} tickFormatter={(value: number) => formatValue(value)} />
      <YAxis type="category" dataKey="label" width="auto" interval={0} />
      <Tooltip formatter={(value) => [formatValue(Number(value)), valueName]} cursor={{ fill: '#e7eef7' }} />
      <Bar dataKey="value" name={valueName} isAnimationActive={false} barSize={20}>
        {bars.map((bar) => (
          <Cell key={bar.key} fill={bar.highlighted ? CHART_COLORS.highlight : CHART_COLORS.count} />
        ))}
        <LabelList dataKey="value" position="right" formatter={(value) => formatValue(Number(value))} />
      </Bar>
    </BarChart>
  );
}
