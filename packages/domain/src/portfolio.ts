import { ADMIN_UNIT_LEVELS, type AdminUnitLevel } from './admin-units.js';
import { accountabilityRecord, type OccurrenceRecord } from './commitments.js';
import {
  MEASURED_STATUSES,
  countedStayHours,
  cycleTimeStatistics,
  slowestSteps,
  type LengthCount,
  type SlowStep,
  type StatusCycleTimeStatistics,
  type StatusStays,
} from './cycle-times.js';
import { PARTNERSHIP_STATUSES, type PartnershipStatus } from './lifecycle.js';
import { PARTNERSHIP_FORMS, PARTNERSHIP_FUNCTIONS, type PartnershipForm, type PartnershipFunction } from './partnership-classification.js';
import { QUALITY_ATTRIBUTES, comparePeriods, qualityTrend, type PeriodAssessment, type QualityAttribute } from './quality.js';
import type { OrganizationKind } from './roles.js';
import { scorecardGaps, type ScorecardCriterion } from './scorecards.js';

// Portfolio counting: what one partnership adds to the dashboards (its portfolio entry), and the national sums of
// those entries per province, function and start month, so that dashboards add up prepared counts instead of reading
// every partnership. Adding up the entries of every partnership must give what the dashboards show.

/** The province slot counting each partnership once, whatever its provinces. */
export const ALL_PROVINCES = '*';

/** The function slot of the stay facets counting every function: what cycle times without a function filter read. */
export const ALL_FUNCTIONS = '*';

/** The facets of cycle times, also summed under ALL_FUNCTIONS. */
export const STAY_FACETS: readonly RollupFacet[] = ['stay', 'waiting'];

/** The start-month slot counting every start month: what a dashboard without a period filter reads (a bounded number of rows). */
export const ALL_MONTHS = '*';

export const ROLLUP_FACETS = ['total', 'status', 'form', 'province', 'sector', 'accountability', 'quality', 'scorecard', 'stay', 'waiting'] as const;
export type RollupFacet = (typeof ROLLUP_FACETS)[number];

/** `count` things (and a `total` of their values, in hundredths) under a facet and key, e.g. 3 × status active. */
export interface FacetCount {
  facet: RollupFacet;
  key: string;
  count: number;
  total: number;
}

/** Facet counts added up for one function: what the dashboards read, already limited to the caller's filters. */
export interface FacetSum extends FacetCount {
  function: PartnershipFunction;
}

/** One national sum: facet counts per province slot, function (or ALL_FUNCTIONS for stays) and start month (YYYY-MM, or ALL_MONTHS). */
export interface RollupCount extends FacetCount {
  function: PartnershipFunction | typeof ALL_FUNCTIONS;
  province: string;
  startMonth: string;
}

/** What one partnership adds to the dashboards, and the keys the dashboards filter it by. */
export interface PortfolioEntry {
  /** The organisations whose officers see it: its parties and the parent administrations asked to endorse it. */
  viewerOrganizationIds: string[];
  provinceCodes: string[];
  function: PartnershipFunction;
  /** YYYY-MM of its start date: the dashboards' period filter. */
  startMonth: string;
  /** Counted once (under all provinces, or under one of its provinces: see entryCounts). */
  facets: FacetCount[];
}

/** What the dashboards need to know about one partnership, read from its rows. */
export interface PartnershipFacts {
  status: PartnershipStatus;
  function: PartnershipFunction;
  form: PartnershipForm;
  provinceCodes: readonly string[];
  adminUnitCodes: readonly string[];
  sectors: readonly string[];
  startDate: string;
  /** The organisations that see it: its parties and the parent administrations asked to endorse it. */
  viewerOrganizationIds: readonly string[];
  /** The party organisations and their side. */
  parties: readonly { organizationId: string; kind: OrganizationKind }[];
  /** Stays that ended: the status left and the seconds spent in it. */
  endedStays: readonly { status: PartnershipStatus; seconds: number }[];
  /** The local (UTC+7) day it entered its current status. */
  statusSinceDay: string;
  occurrences: readonly OccurrenceRecord[];
  assessments: readonly (PeriodAssessment & { organizationId: string })[];
  scorecardRounds: readonly { date: string; criteria: readonly ScorecardCriterion[] }[];
}

/** The broadest level of a partnership's area: a partnership covering a province is a provincial one. */
export function areaLevel(adminUnitCodes: readonly string[]): AdminUnitLevel {
  const shortest = Math.min(...adminUnitCodes.map((code) => code.length));
  return ADMIN_UNIT_LEVELS[Math.max(0, Math.min(ADMIN_UNIT_LEVELS.length - 1, shortest / 2 - 1))] ?? 'province';
}

/** YYYY-Qn of a date YYYY-MM-DD. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
}

const hundredths = (value: number) => Math.round(value * 100);

const ACCOUNTABILITY_FIELDS = ['kept', 'partlyKept', 'notKept', 'disputed', 'overdue'] as const;

/** The facet counts of one partnership, as counted under all provinces. */
function facetCounts(facts: PartnershipFacts, today: string): FacetCount[] {
  // Summed per facet and key as they are counted: a service point with 100,000 rounds adds two counts per quarter, not 200,000.
  const counts = new Map<string, FacetCount>();
  const add = (facet: RollupFacet, key: string, count = 1, total = 0) => {
    const counted = counts.get(`${facet}\u0000${key}`);
    if (counted) {
      counted.count += count;
      counted.total += total;
    } else counts.set(`${facet}\u0000${key}`, { facet, key, count, total });
  };
  add('total', '');
  add('status', facts.status);
  add('form', facts.form);
  for (const sector of facts.sectors) add('sector', sector);

  const partyIds = facts.parties.map((party) => party.organizationId);
  const records = accountabilityRecord(facts.occurrences, partyIds, today);
  for (const record of records) {
    const side = facts.parties.find((party) => party.organizationId === record.organizationId)!.kind;
    for (const field of ACCOUNTABILITY_FIELDS) if (record[field] > 0) add('accountability', `${side}|${field}`, record[field]);
  }

  for (const period of qualityTrend(facts.assessments)) {
    if (period.averageGap === null) continue;
    add('quality', `${period.period}|*`, 1, hundredths(period.averageGap));
    for (const compared of period.attributes) {
      if (compared.gap !== null) add('quality', `${period.period}|${compared.attribute}`, 1, hundredths(compared.gap));
    }
  }

  for (const round of facts.scorecardRounds) {
    const gaps = scorecardGaps(round.criteria);
    if (gaps.citizenAverage === null || gaps.providerAverage === null) continue;
    add('scorecard', `${quarterOf(round.date)}|citizen`, 1, hundredths(gaps.citizenAverage));
    add('scorecard', `${quarterOf(round.date)}|provider`, 1, hundredths(gaps.providerAverage));
  }

  const level = areaLevel(facts.adminUnitCodes);
  const measured = (status: PartnershipStatus) => (MEASURED_STATUSES as readonly PartnershipStatus[]).includes(status);
  for (const stay of facts.endedStays) {
    if (measured(stay.status)) add('stay', `${stay.status}|${level}|${countedStayHours(stay.seconds)}`);
  }
  // Counted as long as it has lasted on `today` (like overdue commitments): a length, not a day, keeps the histogram bounded.
  if (measured(facts.status)) add('waiting', `${facts.status}|${level}|${countedStayHours(Math.max(0, daysBetween(facts.statusSinceDay, today)) * 86_400)}`);
  return [...counts.values()];
}

/** What the partnership described by `facts` adds to the dashboards; overdue commitments are judged on `today`. */
export function portfolioEntry(facts: PartnershipFacts, today: string): PortfolioEntry {
  return {
    viewerOrganizationIds: [...new Set(facts.viewerOrganizationIds)].sort(),
    provinceCodes: [...new Set(facts.provinceCodes)].sort(),
    function: facts.function,
    startMonth: facts.startDate.slice(0, 7),
    facets: facetCounts(facts, today),
  };
}

/**
 * The counts of an entry as seen under one province slot: its facets, and the province facet — under all provinces
 * the partnership counts in each of its provinces, under one province in that one. Empty when the entry is not in
 * the province.
 */
export function entryCounts(entry: PortfolioEntry, province: string = ALL_PROVINCES): FacetSum[] {
  if (province !== ALL_PROVINCES && !entry.provinceCodes.includes(province)) return [];
  const provinces = province === ALL_PROVINCES ? entry.provinceCodes : [province];
  return [...entry.facets, ...provinces.map((code) => ({ facet: 'province' as const, key: code, count: 1, total: 0 }))].map((counted) => ({
    ...counted,
    function: entry.function,
  }));
}

/**
 * The entry's share of the national sums: its counts under all provinces and under each of its provinces, in its
 * start month and in all months; stays also under all functions.
 */
export function nationalCounts(entry: PortfolioEntry): RollupCount[] {
  return [ALL_PROVINCES, ...entry.provinceCodes].flatMap((province) =>
    entryCounts(entry, province).flatMap((counted) => {
      const functions: RollupCount['function'][] = STAY_FACETS.includes(counted.facet) ? [counted.function, ALL_FUNCTIONS] : [counted.function];
      return functions.flatMap((fn) => [
        { ...counted, function: fn, province, startMonth: entry.startMonth },
        { ...counted, function: fn, province, startMonth: ALL_MONTHS },
      ]);
    }),
  );
}

export function rollupKey(row: Omit<RollupCount, 'count' | 'total'>): string {
  return [row.province, row.function, row.startMonth, row.facet, row.key].join('\u0000');
}

/** Adds up counts under the same keys, dropping keys that add up to nothing. */
export function sumRollups(rows: readonly RollupCount[]): RollupCount[] {
  const sums = new Map<string, RollupCount>();
  for (const row of rows) {
    const key = rollupKey(row);
    const sum = sums.get(key);
    if (sum) {
      sum.count += row.count;
      sum.total += row.total;
    } else {
      sums.set(key, { ...row });
    }
  }
  return [...sums.values()].filter((row) => row.count !== 0 || row.total !== 0);
}

/** What changes in the national sums when a partnership's entry goes from `before` to `after` (null: none). */
export function rollupDelta(before: PortfolioEntry | null, after: PortfolioEntry | null): RollupCount[] {
  const negated = (before ? nationalCounts(before) : []).map((row) => ({ ...row, count: -row.count, total: -row.total }));
  return sumRollups([...negated, ...(after ? nationalCounts(after) : [])]);
}

export interface KeyCount {
  key: string;
  count: number;
}

export interface SideAccountability {
  kept: number;
  partlyKept: number;
  notKept: number;
  disputed: number;
  overdue: number;
  keptRate: number | null;
}

export interface PortfolioSummary {
  total: number;
  byStatus: KeyCount[];
  byFunction: KeyCount[];
  byForm: KeyCount[];
  byProvince: KeyCount[];
  bySector: KeyCount[];
  accountability: { state: SideAccountability; nonState: SideAccountability };
  qualityTrend: { period: string; partnerships: number; averageGap: number | null; attributes: { attribute: QualityAttribute; gap: number | null }[] }[];
  scorecardTrend: { period: string; rounds: number; citizenAverage: number | null; providerAverage: number | null }[];
}

/** Counts in `order` (known keys first, in that order; others after, by key), leaving out zeros. */
function keyCounts(sums: ReadonlyMap<string, number>, order: readonly string[] = []): KeyCount[] {
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return [...sums.entries()]
    .filter(([, count]) => count !== 0)
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([key, count]) => ({ key, count }));
}

function tally(rows: readonly FacetSum[], facet: RollupFacet, keyOf: (row: FacetSum) => string = (row) => row.key): Map<string, number> {
  const sums = new Map<string, number>();
  for (const row of rows.filter((candidate) => candidate.facet === facet)) sums.set(keyOf(row), (sums.get(keyOf(row)) ?? 0) + row.count);
  return sums;
}

const averageOfHundredths = (total: number, count: number) => (count === 0 ? null : Math.round(total / count) / 100);

/** The keptRate of SCORE_RULE: (kept + ½ partly kept) ÷ (kept + partly kept + not kept + overdue) × 100, one decimal. */
function keptRate({ kept, partlyKept, notKept, overdue }: Omit<SideAccountability, 'keptRate' | 'disputed'>): number | null {
  const counted = kept + partlyKept + notKept + overdue;
  return counted === 0 ? null : Math.round(((2 * kept + partlyKept) * 500) / counted) / 10;
}

/** The portfolio dashboard from the counts of the partnerships the caller sees, limited to the filters. */
export function portfolioSummary(rows: readonly FacetSum[]): PortfolioSummary {
  const accountabilityOf = (side: OrganizationKind): SideAccountability => {
    const sums = tally(rows, 'accountability');
    const [kept, partlyKept, notKept, disputed, overdue] = ACCOUNTABILITY_FIELDS.map((field) => sums.get(`${side}|${field}`) ?? 0) as [
      number,
      number,
      number,
      number,
      number,
    ];
    return { kept, partlyKept, notKept, disputed, overdue, keptRate: keptRate({ kept, partlyKept, notKept, overdue }) };
  };

  const sumsByKey = (facet: RollupFacet) => {
    const sums = new Map<string, { count: number; total: number }>();
    for (const row of rows.filter((candidate) => candidate.facet === facet)) {
      const sum = sums.get(row.key) ?? { count: 0, total: 0 };
      sums.set(row.key, { count: sum.count + row.count, total: sum.total + row.total });
    }
    return sums;
  };
  const periodOf = (key: string) => key.slice(0, key.lastIndexOf('|'));

  const quality = sumsByKey('quality');
  const qualityPeriods = [...new Set([...quality.keys()].map(periodOf))].sort(comparePeriods);
  const scorecards = sumsByKey('scorecard');
  const quarters = [...new Set([...scorecards.keys()].map(periodOf))].sort();

  return {
    total: tally(rows, 'total').get('') ?? 0,
    byStatus: keyCounts(tally(rows, 'status'), PARTNERSHIP_STATUSES),
    byFunction: keyCounts(tally(rows, 'total', (row) => row.function), PARTNERSHIP_FUNCTIONS),
    byForm: keyCounts(tally(rows, 'form'), PARTNERSHIP_FORMS),
    byProvince: keyCounts(tally(rows, 'province')),
    bySector: keyCounts(tally(rows, 'sector')),
    accountability: { state: accountabilityOf('state'), nonState: accountabilityOf('non_state') },
    qualityTrend: qualityPeriods
      .map((period) => {
        const overall = quality.get(`${period}|*`) ?? { count: 0, total: 0 };
        return {
          period,
          partnerships: overall.count,
          averageGap: averageOfHundredths(overall.total, overall.count),
          attributes: QUALITY_ATTRIBUTES.map((attribute) => {
            const sum = quality.get(`${period}|${attribute}`) ?? { count: 0, total: 0 };
            return { attribute, gap: averageOfHundredths(sum.total, sum.count) };
          }),
        };
      })
      .filter((period) => period.partnerships > 0),
    scorecardTrend: quarters
      .map((period) => {
        const [citizen, provider] = [scorecards.get(`${period}|citizen`), scorecards.get(`${period}|provider`)];
        return {
          period,
          rounds: citizen?.count ?? 0,
          citizenAverage: citizen ? averageOfHundredths(citizen.total, citizen.count) : null,
          providerAverage: provider ? averageOfHundredths(provider.total, provider.count) : null,
        };
      })
      .filter((quarter) => quarter.rounds > 0),
  };
}

/** Whole days from `from` to `to`, both YYYY-MM-DD. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Rollup counts of stays ('stay' and 'waiting' facets), by status and level. */
export type StayCount = Pick<FacetCount, 'facet' | 'key' | 'count'>;

/** Stays per status from the 'stay' and 'waiting' counts (a stay still going as long as it had lasted when its entry was computed). */
export function staysFrom(rows: readonly StayCount[], level?: AdminUnitLevel): StatusStays[] {
  return statusStays(parsedStays(rows), level);
}

/** A stay count with its key (status|level|length) taken apart. */
interface ParsedStay {
  facet: RollupFacet;
  status: PartnershipStatus;
  level: AdminUnitLevel;
  length: number;
  count: number;
}

// Keys are taken apart once per dashboard, not once per level counted.
function parsedStays(rows: readonly StayCount[]): ParsedStay[] {
  return rows.map((row) => {
    const [status, level, length] = row.key.split('|') as [PartnershipStatus, AdminUnitLevel, string];
    return { facet: row.facet, status, level, length: Number(length), count: row.count };
  });
}

function statusStays(rows: readonly ParsedStay[], level?: AdminUnitLevel): StatusStays[] {
  // One count per length (rows of other functions and levels merged): the percentiles then sort a bounded histogram.
  const stays = new Map<PartnershipStatus, { ended: Map<number, number>; ongoing: Map<number, number> }>();
  for (const row of rows) {
    if (level !== undefined && row.level !== level) continue;
    const entry = stays.get(row.status) ?? { ended: new Map<number, number>(), ongoing: new Map<number, number>() };
    stays.set(row.status, entry);
    const counts = row.facet === 'stay' ? entry.ended : row.facet === 'waiting' ? entry.ongoing : null;
    counts?.set(row.length, (counts.get(row.length) ?? 0) + row.count);
  }
  const lengthCounts = (counts: Map<number, number>): LengthCount[] => [...counts].map(([value, count]) => ({ value, count }));
  return [...stays.entries()].map(([status, { ended, ongoing }]) => ({ status, ended: lengthCounts(ended), ongoing: lengthCounts(ongoing) }));
}

export interface CycleTimesSummary {
  statuses: StatusCycleTimeStatistics[];
  byProvince: { province: string; statuses: StatusCycleTimeStatistics[] }[];
  byLevel: { level: AdminUnitLevel; statuses: StatusCycleTimeStatistics[] }[];
  slowest: SlowStep[];
}

/**
 * The cycle-times dashboard: `overall` are the stay counts of the caller's scope and filters (all provinces, or
 * the one asked for), `perProvince` the same per province.
 */
export function cycleTimesSummary(
  overall: readonly StayCount[],
  perProvince: ReadonlyMap<string, readonly StayCount[]>,
  level?: AdminUnitLevel,
): CycleTimesSummary {
  const parsed = parsedStays(overall);
  const statuses = cycleTimeStatistics(statusStays(parsed, level));
  const byProvince = [...perProvince.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([province, rows]) => ({ province, statuses: cycleTimeStatistics(staysFrom(rows, level)) }));
  const levels = level === undefined ? ADMIN_UNIT_LEVELS : [level];
  const byLevel = levels
    .map((each) => ({ level: each, statuses: cycleTimeStatistics(statusStays(parsed, each)) }))
    .filter((each) => each.statuses.some((statistics) => statistics.partnerships > 0));
  return { statuses, byProvince, byLevel, slowest: slowestSteps(statuses, byProvince) };
}
