// How the dashboards write numbers: scores and gaps to at most two decimals, days to one, a gap with its sign.

const upTo = (decimals: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: decimals });
const twoDecimals = upTo(2);
const oneDecimal = upTo(1);

/** A score or an average, e.g. 3.5; a dash when there is none. */
export function formatScore(value: number | null): string {
  return value === null ? '–' : twoDecimals.format(value);
}

/** An equity gap with its sign (+0.5, −1.25, 0): which side rates the partnership better matters. */
export function formatGap(value: number | null): string {
  if (value === null) return '–';
  if (value === 0) return '0';
  return `${value > 0 ? '+' : '−'}${twoDecimals.format(Math.abs(value))}`;
}

/** Days to one decimal: a review of 0.4 days is not "0". */
export function formatDays(value: number | null): string {
  return value === null ? '–' : oneDecimal.format(value);
}

/** A share of 0–100 as a percentage. */
export function formatPercent(value: number | null): string {
  return value === null ? '–' : `${Math.round(value)}%`;
}
