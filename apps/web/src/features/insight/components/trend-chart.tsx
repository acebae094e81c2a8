// Values over periods (oldest first) as lines, one per series, with an optional line marking a reference value
// (0 for a gap: both sides agree).
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS } from './chart-colors';
import { trendChartHeight } from './chart-sizes';
import { formatScore } from './figures';

export interface TrendSeries {
  dataKey: string;
  name: string;
  color: string;
}

interface TrendChartProps {
  data: readonly Record<string, string | number | null>[];
  series: readonly TrendSeries[];
  /** The y axis's range; by default it fits the values. */
  domain?: [number, number];
  reference?: { value: number; label: string };
  formatValue?: (value: number) => string;
}

export function TrendChart({ data, series, domain, reference, formatValue = formatScore }: TrendChartProps) {
  return (
    <LineChart
      data={data as Record<string, string | number | null>[]}
      responsive
      style={{ width: '100%', height: trendChartHeight }}
      margin={{ top: 10, right: 24, bottom: 0, left: 0 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
      {/* Every period named, the first and last ones clear of the edges. */}
      <XAxis dataKey="period" interval={0} padding={{ left: 48, right: 48 }} />
      <YAxis width="auto" domain={domain ?? ['auto', 'auto']} tickFormatter={(value: number) => formatValue(value)} allowDecimals />
      <Tooltip formatter={(value, name) => [value === null ? '–' : formatValue(Number(value)), name]} />
      {series.length > 1 && <Legend itemSorter={null} />}
      {reference && (
        <ReferenceLine y={reference.value} stroke={CHART_COLORS.highlight} strokeDasharray="4 4" label={{ value: reference.label, position: 'insideTopRight', fontSize: 12 }} />
      )}
      {series.map((line) => (
        <Line
          key={line.dataKey}
          type="monotone"
          dataKey={line.dataKey}
          name={line.name}
          stroke={line.color}
          strokeWidth={2.5}
          dot={{ r: 4 }}
          connectNulls
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
