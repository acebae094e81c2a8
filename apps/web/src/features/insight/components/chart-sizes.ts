// The charts' heights, known before recharts loads: a chart's place is kept at its size, so nothing moves when it is drawn.

const barRowHeight = 34;
const barAxisHeight = 30;

/** A bar chart of counts: one row per thing counted and the axis. */
export const countBarChartHeight = (bars: number) => bars * barRowHeight + barAxisHeight;
export const trendChartHeight = 260;
export const accountabilityChartHeight = 170;
