// How the dashboards write numbers: scores and gaps to at most two decimals, days to one, a gap with its sign.

const formats = new Map<number, Intl.NumberFormat>();

/** Built when first needed: a number format costs a slow phone tens of milliseconds, and a dashboard's first paint needs none. */
function upTo(decimals: number): Intl.NumberFormat {
  let format = formats.get(decimals);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: decimals });
    formats.set(decimals, format);
  }
  return format;
}

/** A score or an average, e.g. 3.5; a dash when there is none. */
export function formatScore(value: number | null): string {
  return value === null ? '–' : upTo(2).format(value);
}

/** An equity gap with its sign (+0.5, −1.25, 0): which side rates the partnership better matters. */
export function formatGap(value: number | null): string {
  if (value === null) return '–';
  if (value === 0) return '0';
  return `${value > 0 ? '+' : '−'}${upTo(2).format(Math.abs(value))}`;
}

/** Days to one decimal: a review of 0.4 days is not "0". */
export function formatDays(value: number | null): string {
  return value === null ? '–' : upTo(1).format(value);
}

/** A share of 0–100 as a percentage. */
export function formatPercent(value: number | null): string {
  return value === null ? '–' : `${Math.round(value)}%`;
}
