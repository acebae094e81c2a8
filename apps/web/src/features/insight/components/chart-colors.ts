// The dashboards' colours, one meaning each wherever it appears (SVG fills take values, not CSS variables).
export const CHART_COLORS = {
  count: '#17416e',
  highlight: '#b86200',
  state: '#17416e',
  nonState: '#c28a14',
  citizens: '#2f8a50',
  providers: '#17416e',
  gap: '#7d3c98',
  median: '#17416e',
  p90: '#8fa9c8',
  kept: '#2f8a50',
  partlyKept: '#8cbf6a',
  notKept: '#a4261c',
  disputed: '#7d3c98',
  overdue: '#b86200',
  grid: '#dde3ea',
} as const;
