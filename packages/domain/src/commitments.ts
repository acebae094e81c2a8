import type { Bilingual } from './locale.js';

// Commitments and mutual accountability: each commitment is owned by one party and falls due once or
// once per period; every party rates each occurrence, and the ratings make each party's record.

export const RECURRENCES = ['none', 'monthly', 'quarterly', 'yearly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

export const RATINGS = ['kept', 'partly_kept', 'not_kept'] as const;
export type Rating = (typeof RATINGS)[number];

export const OCCURRENCE_STANDINGS = ['not_due', 'awaiting_ratings', 'agreed', 'disputed', 'overdue'] as const;
export type OccurrenceStanding = (typeof OCCURRENCE_STANDINGS)[number];

const MONTHS_PER_PERIOD: Readonly<Record<Exclude<Recurrence, 'none'>, number>> = { monthly: 1, quarterly: 3, yearly: 12 };

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** `date` moved `months` months on, keeping its day of the month unless the month is shorter (Jan 31 → Feb 28). */
function addMonths(date: string, months: number): string {
  const [year, month, day] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  const monthIndex = year * 12 + (month - 1) + months;
  const [targetYear, targetMonth] = [Math.floor(monthIndex / 12), (monthIndex % 12) + 1];
  const monthLength = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(Math.min(day, monthLength), 2)}`;
}

/**
 * The due dates of a commitment's occurrences (dates YYYY-MM-DD, so text order is date order). A one-off
 * commitment falls due once, at `dueDate`. A recurring one falls due at `dueDate` and then every period after
 * it up to and including `until` (the partnership's end date); each date counts from `dueDate`, not from the
 * previous one, so a commitment due on the 31st falls due on the last day of shorter months and on the 31st again after.
 */
export function occurrenceDates(dueDate: string, recurrence: Recurrence, until: string): string[] {
  if (recurrence === 'none') return [dueDate];
  const dates = [dueDate];
  for (let period = 1; ; period += 1) {
    const next = addMonths(dueDate, period * MONTHS_PER_PERIOD[recurrence]);
    if (next > until) return dates;
    dates.push(next);
  }
}

export interface PartyRating {
  organizationId: string;
  rating: Rating;
}

export interface OccurrenceStandingInput {
  dueDate: string;
  ratings: readonly PartyRating[];
  partyOrganizationIds: readonly string[];
  today: string;
}

export type OccurrenceStandingResult =
  | { status: Exclude<OccurrenceStanding, 'agreed'> }
  | { status: 'agreed'; agreedRating: Rating };

/**
 * Where an occurrence stands, judged by the first rule that holds (ratings of organisations that are not
 * parties do not count):
 * 1. disputed — two parties gave different ratings, whenever they gave them;
 * 2. agreed — every party rated it, all the same (possibly before the due date: a promise kept early);
 * 3. not_due — today is before the due date;
 * 4. overdue — the due date has passed (today is after it) and no party rated it kept: nobody says it was done;
 * 5. awaiting_ratings — otherwise: due, and not every party has rated it yet.
 */
export function occurrenceStanding({ dueDate, ratings, partyOrganizationIds, today }: OccurrenceStandingInput): OccurrenceStandingResult {
  const given = ratings.filter((rating) => partyOrganizationIds.includes(rating.organizationId));
  const distinct = [...new Set(given.map((rating) => rating.rating))];
  if (distinct.length > 1) return { status: 'disputed' };
  const [only] = distinct;
  const everyPartyRated = partyOrganizationIds.every((party) => given.some((rating) => rating.organizationId === party));
  if (only !== undefined && everyPartyRated) return { status: 'agreed', agreedRating: only };
  if (today < dueDate) return { status: 'not_due' };
  if (today > dueDate && only !== 'kept') return { status: 'overdue' };
  return { status: 'awaiting_ratings' };
}

export interface OccurrenceRecord {
  ownerOrganizationId: string;
  dueDate: string;
  ratings: readonly PartyRating[];
}

export interface AccountabilityRecord {
  organizationId: string;
  kept: number;
  partlyKept: number;
  notKept: number;
  disputed: number;
  overdue: number;
  /** 0–100, one decimal; null while nothing counts towards it. */
  score: number | null;
}

/**
 * The score rule: (kept + ½ × partly kept) ÷ (kept + partly kept + not kept + overdue) × 100, to one decimal.
 * Only ratings both sides agree on count as kept, partly kept or not kept; an overdue occurrence counts as not
 * kept; a disputed one is left out (both sides' views are shown instead). With nothing to count, there is no score.
 */
export const SCORE_RULE: Bilingual = {
  en:
    'Score = (kept + ½ × partly kept) ÷ (kept + partly kept + not kept + overdue) × 100. Only ratings every party ' +
    'agrees on count; an overdue commitment counts as not kept; a disputed one is left out of the score and both ' +
    'sides’ views are shown instead. There is no score until something counts.',
  km:
    'ពិន្ទុ = (បានគោរព + ½ × បានគោរពខ្លះ) ÷ (បានគោរព + បានគោរពខ្លះ + មិនបានគោរព + ហួសកាលកំណត់) × ១០០។ ' +
    'មានតែការវាយតម្លៃដែលភាគីទាំងអស់យល់ស្របគ្នាប៉ុណ្ណោះដែលត្រូវរាប់។ កិច្ចសន្យាដែលហួសកាលកំណត់ត្រូវរាប់ជាមិនបានគោរព។ ' +
    'កិច្ចសន្យាដែលមានការមិនយល់ស្របមិនត្រូវបានរាប់បញ្ចូលក្នុងពិន្ទុទេ ហើយទស្សនៈរបស់ភាគីទាំងពីរត្រូវបានបង្ហាញជំនួសវិញ។ ' +
    'មិនមានពិន្ទុទេ រហូតដល់មានអ្វីមួយត្រូវរាប់។',
};

const RECORD_FIELD: Readonly<Record<Rating, 'kept' | 'partlyKept' | 'notKept'>> = {
  kept: 'kept',
  partly_kept: 'partlyKept',
  not_kept: 'notKept',
};

/** SCORE_RULE applied to the counts; computed in half points so that rounding is exact. */
function score({ kept, partlyKept, notKept, overdue }: Omit<AccountabilityRecord, 'organizationId' | 'score'>): number | null {
  const counted = kept + partlyKept + notKept + overdue;
  if (counted === 0) return null;
  return Math.round(((2 * kept + partlyKept) * 500) / counted) / 10;
}

/** Each party's record as owner of commitments, in the order of `partyOrganizationIds`. */
export function accountabilityRecord(
  occurrences: readonly OccurrenceRecord[],
  partyOrganizationIds: readonly string[],
  today: string,
): AccountabilityRecord[] {
  return partyOrganizationIds.map((organizationId) => {
    const counts = { kept: 0, partlyKept: 0, notKept: 0, disputed: 0, overdue: 0 };
    for (const occurrence of occurrences.filter((owned) => owned.ownerOrganizationId === organizationId)) {
      const standing = occurrenceStanding({ ...occurrence, partyOrganizationIds, today });
      if (standing.status === 'agreed') counts[RECORD_FIELD[standing.agreedRating]] += 1;
      if (standing.status === 'disputed' || standing.status === 'overdue') counts[standing.status] += 1;
    }
    return { organizationId, ...counts, score: score(counts) };
  });
}
