import {
  ALL_FUNCTIONS,
  ALL_MONTHS,
  ALL_PROVINCES,
  areaLevel,
  cycleTimesSummary,
  entryCounts,
  nationalCounts,
  portfolioEntry,
  portfolioSummary,
  quarterOf,
  rollupDelta,
  sumRollups,
  type FacetSum,
  type PartnershipFacts,
  type RollupCount,
} from './portfolio.js';
import { QUALITY_ATTRIBUTES, type QualityScores } from './quality.js';

const scores = (value: number): QualityScores => Object.fromEntries(QUALITY_ATTRIBUTES.map((attribute) => [attribute, value])) as QualityScores;

const STATE = 'org-state';
const CSO = 'org-cso';
const PARENT = 'org-province';

const facts = (overrides: Partial<PartnershipFacts> = {}): PartnershipFacts => ({
  status: 'active',
  function: 'service_delivery',
  form: 'collaboration',
  provinceCodes: ['12', '08'],
  adminUnitCodes: ['1201', '0801'],
  sectors: ['health', 'education'],
  startDate: '2025-03-10',
  viewerOrganizationIds: [STATE, CSO, PARENT],
  parties: [
    { organizationId: STATE, kind: 'state' },
    { organizationId: CSO, kind: 'non_state' },
  ],
  endedStays: [
    { status: 'draft', seconds: 3 * 3600 },
    { status: 'proposal_review', seconds: 5 * 86_400 },
  ],
  statusSinceDay: '2025-03-01',
  occurrences: [
    { ownerOrganizationId: STATE, dueDate: '2025-04-01', ratings: [{ organizationId: STATE, rating: 'kept' }, { organizationId: CSO, rating: 'kept' }] },
    { ownerOrganizationId: CSO, dueDate: '2025-04-01', ratings: [{ organizationId: STATE, rating: 'kept' }, { organizationId: CSO, rating: 'not_kept' }] },
    { ownerOrganizationId: CSO, dueDate: '2025-05-01', ratings: [] },
  ],
  assessments: [
    { period: '2025-Q2', organizationId: STATE, side: 'state', scores: scores(5) },
    { period: '2025-Q2', organizationId: CSO, side: 'non_state', scores: scores(3) },
    { period: '2025-Q3', organizationId: CSO, side: 'non_state', scores: scores(3) },
  ],
  scorecardRounds: [{ date: '2025-05-20', criteria: [{ name: 'Staff present', citizenScore: 2, providerScore: 4 }] }],
  ...overrides,
});

/** The national sums read under one province slot. */
// The sums a dashboard reads under one province and month slot, per function.
const perFunction = (row: RollupCount): row is RollupCount & FacetSum => row.function !== ALL_FUNCTIONS;
const national = (rows: readonly RollupCount[], province = ALL_PROVINCES, startMonth = ALL_MONTHS) =>
  sumRollups(rows.filter((row) => row.province === province && row.startMonth === startMonth)).filter(perFunction);

describe('areaLevel and quarterOf', () => {
  it('take the broadest level of the area and the quarter of a date', () => {
    expect(areaLevel(['120101', '1202'])).toBe('district');
    expect(areaLevel(['12'])).toBe('province');
    expect(areaLevel(['12010101'])).toBe('village');
    expect(quarterOf('2025-05-20')).toBe('2025-Q2');
    expect(quarterOf('2025-12-31')).toBe('2025-Q4');
  });
});

describe('portfolioEntry → portfolioSummary', () => {
  const entry = portfolioEntry(facts(), '2025-06-01');
  const rows = nationalCounts(entry);

  it('names the organisations that see the partnership, its provinces, function and start month', () => {
    expect(entry).toMatchObject({ viewerOrganizationIds: [CSO, STATE, PARENT].sort(), provinceCodes: ['08', '12'], function: 'service_delivery', startMonth: '2025-03' });
  });

  it('counts the partnership once, from the national sums or from the entry alone', () => {
    expect(portfolioSummary(national(rows))).toEqual(portfolioSummary(entryCounts(entry)));
    expect(portfolioSummary(national(rows, '12'))).toEqual(portfolioSummary(entryCounts(entry, '12')));
    expect(portfolioSummary(entryCounts(entry)).total).toBe(1);
    expect(entryCounts(entry, '01')).toEqual([]);
  });

  it('counts the partnership in its start month and again in the all-months slot', () => {
    const withoutMonth = (sums: readonly RollupCount[]) => sums.map(({ startMonth: _month, ...sum }) => sum);
    expect(withoutMonth(national(rows, ALL_PROVINCES, '2025-03'))).toEqual(withoutMonth(national(rows)));
    expect(new Set(rows.map((row) => row.startMonth))).toEqual(new Set(['2025-03', ALL_MONTHS]));
  });

  it('counts stays under the function and again under all functions, other facets under the function only', () => {
    const allFunctions = rows.filter((row) => row.function === ALL_FUNCTIONS);
    expect(allFunctions.length).toBeGreaterThan(0);
    expect(new Set(allFunctions.map((row) => row.facet))).toEqual(new Set(['stay', 'waiting']));
    const stays = (fn: string) => rows.filter((row) => row.function === fn && (row.facet === 'stay' || row.facet === 'waiting')).map(({ function: _fn, ...row }) => row);
    expect(stays(ALL_FUNCTIONS)).toEqual(stays('service_delivery'));
  });

  it('counts by status, function, form, each province and each sector', () => {
    const summary = portfolioSummary(national(rows));
    expect(summary.byStatus).toEqual([{ key: 'active', count: 1 }]);
    expect(summary.byFunction).toEqual([{ key: 'service_delivery', count: 1 }]);
    expect(summary.byForm).toEqual([{ key: 'collaboration', count: 1 }]);
    expect(summary.byProvince).toEqual([
      { key: '08', count: 1 },
      { key: '12', count: 1 },
    ]);
    expect(summary.bySector).toEqual([
      { key: 'education', count: 1 },
      { key: 'health', count: 1 },
    ]);
  });

  it('under one province, counts only that province', () => {
    expect(portfolioSummary(national(rows, '12')).byProvince).toEqual([{ key: '12', count: 1 }]);
    expect(portfolioSummary(national(rows, '01')).total).toBe(0);
  });

  it('records commitments kept by each side with the score rule', () => {
    const { accountability } = portfolioSummary(national(rows));
    expect(accountability.state).toEqual({ kept: 1, partlyKept: 0, notKept: 0, disputed: 0, overdue: 0, keptRate: 100 });
    expect(accountability.nonState).toEqual({ kept: 0, partlyKept: 0, notKept: 0, disputed: 1, overdue: 1, keptRate: 0 });
  });

  it('trends the equity gap of periods both sides assessed, and scorecard averages per quarter', () => {
    const summary = portfolioSummary(national(rows));
    expect(summary.qualityTrend).toEqual([
      { period: '2025-Q2', partnerships: 1, averageGap: 2, attributes: QUALITY_ATTRIBUTES.map((attribute) => ({ attribute, gap: 2 })) },
    ]);
    expect(summary.scorecardTrend).toEqual([{ period: '2025-Q2', rounds: 1, citizenAverage: 2, providerAverage: 4 }]);
  });

  it('adds up rounds of the same quarter into one count per side, however many rounds a partnership has', () => {
    const rounds = Array.from({ length: 1000 }, (_, index) => ({
      date: index % 2 === 0 ? '2025-05-20' : '2025-08-02',
      criteria: [{ name: 'Staff present', citizenScore: index % 2 === 0 ? 2 : 3, providerScore: 4 }],
    }));
    const many = portfolioEntry(facts({ scorecardRounds: rounds }), '2025-06-01');
    const scorecard = many.facets.filter((counted) => counted.facet === 'scorecard');
    expect(scorecard).toHaveLength(4);
    expect(scorecard).toContainEqual({ facet: 'scorecard', key: '2025-Q3|citizen', count: 500, total: 500 * 300 });
    expect(portfolioSummary(national(nationalCounts(many))).scorecardTrend).toEqual([
      { period: '2025-Q2', rounds: 500, citizenAverage: 2, providerAverage: 4 },
      { period: '2025-Q3', rounds: 500, citizenAverage: 3, providerAverage: 4 },
    ]);
  });

  it('averages the gap over partnerships, each counting once', () => {
    const other = nationalCounts(
      portfolioEntry(
        facts({
        assessments: [
          { period: '2025-Q2', organizationId: STATE, side: 'state', scores: scores(2) },
          { period: '2025-Q2', organizationId: CSO, side: 'non_state', scores: scores(3) },
          ],
        }),
        '2025-06-01',
      ),
    );
    const trend = portfolioSummary(national([...rows, ...other])).qualityTrend;
    expect(trend[0]).toMatchObject({ period: '2025-Q2', partnerships: 2, averageGap: 0.5 });
  });
});

describe('rollupDelta', () => {
  it('is what turns the sums of one contribution into the next', () => {
    const before = portfolioEntry(facts({ status: 'mou_review', statusSinceDay: '2025-01-01' }), '2025-06-01');
    const after = portfolioEntry(facts({ provinceCodes: ['12'], adminUnitCodes: ['12'] }), '2025-06-01');
    const sorted = (rows: RollupCount[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(sorted(sumRollups([...nationalCounts(before), ...rollupDelta(before, after)]))).toEqual(sorted(sumRollups(nationalCounts(after))));
    expect(rollupDelta(after, after)).toEqual([]);
    expect(sorted(rollupDelta(null, after))).toEqual(sorted(sumRollups(nationalCounts(after))));
  });
});

describe('cycleTimesSummary', () => {
  it('counts ended stays and stays still going until today, per province and level', () => {
    const one = nationalCounts(portfolioEntry(facts({ status: 'mou_review', statusSinceDay: '2025-05-22' }), '2025-06-01'));
    const two = nationalCounts(
      portfolioEntry(facts({ status: 'draft', statusSinceDay: '2025-06-01', provinceCodes: ['01'], adminUnitCodes: ['010203'], endedStays: [] }), '2025-06-01'),
    );
    const rows = [...one, ...two];
    const stays = (province: string) => sumRollups(rows.filter((row) => row.province === province && row.startMonth === ALL_MONTHS && row.function === ALL_FUNCTIONS));
    const summary = cycleTimesSummary(stays(ALL_PROVINCES), new Map(['01', '08', '12'].map((code) => [code, stays(code)])));
    const of = (status: string) => summary.statuses.find((entry) => entry.status === status);
    // draft: one ended after 3 hours, one started today.
    expect(of('draft')).toEqual({ status: 'draft', partnerships: 2, medianDays: 0.06, p90Days: 0.11, stillIn: 1 });
    expect(of('mou_review')).toEqual({ status: 'mou_review', partnerships: 1, medianDays: 10, p90Days: 10, stillIn: 1 });
    expect(summary.byProvince.map((entry) => entry.province)).toEqual(['01', '08', '12']);
    expect(summary.byLevel.map((entry) => entry.level)).toEqual(['district', 'commune']);
    expect(summary.slowest[0]).toEqual({ status: 'mou_review', province: null, medianDays: 10 });
    const communeOnly = cycleTimesSummary(stays(ALL_PROVINCES), new Map(), 'commune');
    expect(communeOnly.statuses.find((entry) => entry.status === 'draft')).toMatchObject({ partnerships: 1, stillIn: 1 });
  });
});
