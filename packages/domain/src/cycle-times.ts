import { PARTNERSHIP_STATUSES, isTerminal, type PartnershipStatus } from './lifecycle.js';

// Cycle times: how long partnerships stay in each status, so that the steps where they get stuck show.

/** The statuses a partnership passes through; a final status (closed, declined, withdrawn) is where it ends, not a step. */
export const MEASURED_STATUSES = PARTNERSHIP_STATUSES.filter((status) => !isTerminal(status));

const SECONDS_PER_HOUR = 3600;
const HOURS_PER_DAY = 24;
/** Stays shorter than this are kept to the hour, longer ones to the day: a review taking 5 hours is not "0 days". */
const HOURLY_UP_TO_HOURS = 48;
/** From this many days on, lengths are kept in steps of 1/16 of their power of two (see countedStayHours). */
const DAILY_UP_TO_DAYS = 16;

/**
 * A stay's length as counted in the statistics, in whole hours: rounded down to the hour under two days, to the day
 * from two to 16 days, and from 16 days on to a step of 1/16 of the length's power of two (16–31 days by the day,
 * 32–63 by two days, 64–127 by four, …), so a length is never counted more than 6.25% short. Rounding this way lets
 * the dashboards keep counts per length in a histogram of bounded size (about 16 steps per doubling) instead of every stay.
 */
export function countedStayHours(seconds: number): number {
  const hours = Math.floor(Math.max(0, seconds) / SECONDS_PER_HOUR);
  if (hours < HOURLY_UP_TO_HOURS) return hours;
  const days = Math.floor(hours / HOURS_PER_DAY);
  if (days < DAILY_UP_TO_DAYS) return days * HOURS_PER_DAY;
  const step = 2 ** (31 - Math.clz32(days) - 4);
  return Math.floor(days / step) * step * HOURS_PER_DAY;
}

/** Stays of one length: `count` stays of `value` (any unit). */
export interface LengthCount {
  value: number;
  count: number;
}

/**
 * The p-th percentile (0 ≤ p ≤ 1) of the values counted, interpolated linearly between the two nearest ranks (as
 * PostgreSQL's percentile_cont and most spreadsheets do): the median of 2, 4 is 3. Null without values.
 */
export function percentile(lengths: readonly LengthCount[], p: number): number | null {
  const sorted = lengths.filter((length) => length.count > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, length) => sum + length.count, 0);
  if (total === 0) return null;
  const position = p * (total - 1);
  const valueAt = (rank: number) => {
    let seen = 0;
    for (const length of sorted) {
      seen += length.count;
      if (rank < seen) return length.value;
    }
    return sorted[sorted.length - 1]!.value;
  };
  const [lower, upper] = [valueAt(Math.floor(position)), valueAt(Math.ceil(position))];
  return lower + (upper - lower) * (position - Math.floor(position));
}

export interface StatusStays {
  status: PartnershipStatus;
  /** Lengths in hours (see countedStayHours) of stays that ended. */
  ended: readonly LengthCount[];
  /** Lengths in hours of the stays of partnerships still in the status, counted up to now. */
  ongoing: readonly LengthCount[];
}

export interface StatusCycleTimeStatistics {
  status: PartnershipStatus;
  /** Stays counted: ended ones and ongoing ones. */
  partnerships: number;
  medianDays: number | null;
  p90Days: number | null;
  stillIn: number;
}

const twoDecimals = (value: number) => Math.round(value * 100) / 100;
const countOf = (lengths: readonly LengthCount[]) => lengths.reduce((sum, length) => sum + length.count, 0);
const inDays = (hours: number | null) => (hours === null ? null : twoDecimals(hours / HOURS_PER_DAY));

/**
 * Median and 90th percentile of the time spent in each measured status, in days (two decimals). A partnership
 * still in a status counts with the time it has spent there so far: leaving it out would make a step where
 * partnerships get stuck look fast, since only the few that got through would count.
 */
export function cycleTimeStatistics(stays: readonly StatusStays[]): StatusCycleTimeStatistics[] {
  return MEASURED_STATUSES.map((status) => {
    const ofStatus = stays.filter((stay) => stay.status === status);
    const lengths = ofStatus.flatMap((stay) => [...stay.ended, ...stay.ongoing]);
    return {
      status,
      partnerships: countOf(lengths),
      medianDays: inDays(percentile(lengths, 0.5)),
      p90Days: inDays(percentile(lengths, 0.9)),
      stillIn: countOf(ofStatus.flatMap((stay) => stay.ongoing)),
    };
  });
}

export interface SlowStep {
  status: PartnershipStatus;
  /** Null: the step nationally (or over all the caller sees); otherwise in this province. */
  province: string | null;
  medianDays: number;
}

/** The statuses in which an active partnership is expected to stay long: they are its life, not a step it waits at. */
const EXPECTED_LONG_STAYS: readonly PartnershipStatus[] = ['active', 'completed'];

/**
 * The steps where partnerships get stuck, slowest median first: each measured status that is a step to get
 * through (not active, which is the partnership's term, nor completed, which waits for the final review by
 * design), overall and per province, at most `limit`. Ties keep the lifecycle's order, overall before provinces.
 */
export function slowestSteps(
  overall: readonly StatusCycleTimeStatistics[],
  byProvince: readonly { province: string; statuses: readonly StatusCycleTimeStatistics[] }[],
  limit = 10,
): SlowStep[] {
  const candidates = [
    ...overall.map((statistics) => ({ ...statistics, province: null as string | null })),
    ...byProvince.flatMap(({ province, statuses }) => statuses.map((statistics) => ({ ...statistics, province }))),
  ].filter((step): step is typeof step & { medianDays: number } => step.medianDays !== null && !EXPECTED_LONG_STAYS.includes(step.status));
  // Array sort is stable: equal medians keep the order above.
  return candidates
    .sort((a, b) => b.medianDays - a.medianDays)
    .slice(0, limit)
    .map((step) => ({ status: step.status, province: step.province, medianDays: step.medianDays }));
}
