import { SEXES } from './meetings.js';

// Indicators of a partnership: what the parties measure, how often they report it, and how far it is from its target.

export const FREQUENCIES = ['monthly', 'quarterly', 'semiannual', 'yearly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const DISAGGREGATIONS = ['sex', 'disability', 'id_poor', 'age_group'] as const;
export type Disaggregation = (typeof DISAGGREGATIONS)[number];

/** The categories a value is broken down into, per disaggregation. */
export const DISAGGREGATION_CATEGORIES = {
  sex: SEXES,
  disability: ['yes', 'no'],
  id_poor: ['yes', 'no'],
  age_group: ['under_18', '18_to_35', '36_to_60', 'over_60'],
} as const satisfies Readonly<Record<Disaggregation, readonly string[]>>;
export type DisaggregationCategory<D extends Disaggregation = Disaggregation> = (typeof DISAGGREGATION_CATEGORIES)[D][number];

/** A report falls due this many days after the end of the period it covers. */
export const REPORT_DUE_DAYS_AFTER_PERIOD = 15;

const MONTHS_PER_PERIOD: Readonly<Record<Frequency, number>> = { monthly: 1, quarterly: 3, semiannual: 6, yearly: 12 };

export interface ReportingPeriod {
  periodStart: string;
  periodEnd: string;
  dueDate: string;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

const formatDate = (date: Date) =>
  `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;

const parseDate = (date: string) => new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));

/** `date` (YYYY-MM-DD) moved `days` days on. */
function addDays(date: string, days: number): string {
  const moved = parseDate(date);
  moved.setUTCDate(moved.getUTCDate() + days);
  return formatDate(moved);
}

/** The date a report on the period ending `periodEnd` falls due. */
export function reportDueDate(periodEnd: string): string {
  return addDays(periodEnd, REPORT_DUE_DAYS_AFTER_PERIOD);
}

/**
 * The periods to report on between `startDate` and `endDate` (the partnership's dates, YYYY-MM-DD, both included),
 * in order. Periods follow the calendar — months; quarters from January, April, July and October; half-years from
 * January and July; calendar years — so that every partnership reports on the same periods as the administration's
 * own plans; the first and last periods are cut to the partnership's dates. None when the end comes before the start.
 */
export function reportingPeriods(frequency: Frequency, startDate: string, endDate: string): ReportingPeriod[] {
  if (endDate < startDate) return [];
  const months = MONTHS_PER_PERIOD[frequency];
  const start = parseDate(startDate);
  const periods: ReportingPeriod[] = [];
  // Month index counted from year 0, rounded down to the start of the calendar period holding startDate.
  let monthIndex = start.getUTCFullYear() * 12 + Math.floor(start.getUTCMonth() / months) * months;
  for (;;) {
    const calendarStart = formatDate(new Date(Date.UTC(Math.floor(monthIndex / 12), monthIndex % 12, 1)));
    if (calendarStart > endDate) return periods;
    monthIndex += months;
    // Day 0 of the next period's first month is the last day of this period.
    const calendarEnd = formatDate(new Date(Date.UTC(Math.floor(monthIndex / 12), monthIndex % 12, 0)));
    const periodStart = calendarStart < startDate ? startDate : calendarStart;
    const periodEnd = calendarEnd > endDate ? endDate : calendarEnd;
    periods.push({ periodStart, periodEnd, dueDate: reportDueDate(periodEnd) });
  }
}

export interface IndicatorTarget {
  baseline: number;
  target: number;
  value: number;
}

/**
 * How far `value` has come from the baseline towards the target: 0 at the baseline (or worse), 1 at the target,
 * above 1 beyond it. Works the same for an indicator meant to fall (target below baseline). Null when the target
 * equals the baseline: there is no distance to cover, so no share of it.
 */
export function progressTowardTarget({ baseline, target, value }: IndicatorTarget): number | null {
  if (target === baseline) return null;
  return Math.max(0, (value - baseline) / (target - baseline));
}

export interface IndicatorObservation {
  periodStart: string;
  periodEnd: string;
  value: number;
}

/**
 * The observation of the latest period (the one ending last; of two ending together, the one starting last),
 * or null when there is none. The caller passes the observations that count, e.g. those of validated reports.
 */
export function latestValue<O extends IndicatorObservation>(observations: readonly O[]): O | null {
  let latest: O | null = null;
  for (const observation of observations) {
    const later =
      latest === null ||
      observation.periodEnd > latest.periodEnd ||
      (observation.periodEnd === latest.periodEnd && observation.periodStart > latest.periodStart);
    if (later) latest = observation;
  }
  return latest;
}
