import { ALL_PROVINCES, entryCounts, portfolioEntry, type PartnershipFacts } from './portfolio.js';
import { sumViewerRollups, unassessedPeriods, viewerCounts, viewerRollupDelta, viewerRollupKey, type ViewerRollupCount } from './portfolio-viewers.js';
import { QUALITY_ATTRIBUTES, type QualityScores } from './quality.js';

const scores = (value: number): QualityScores => Object.fromEntries(QUALITY_ATTRIBUTES.map((attribute) => [attribute, value])) as QualityScores;

const STATE = 'org-state';
const CSO = 'org-cso';
const NETWORK = 'org-network';
const PARENT = 'org-province';

// Three parties: the state side and the CSO assessed 2025-Q2, the network (also non-state) has not.
const facts = (overrides: Partial<PartnershipFacts> = {}): PartnershipFacts => ({
  status: 'active',
  function: 'service_delivery',
  form: 'collaboration',
  provinceCodes: ['12', '08'],
  adminUnitCodes: ['1201', '0801'],
  sectors: ['health'],
  startDate: '2025-03-10',
  viewerOrganizationIds: [STATE, CSO, NETWORK, PARENT],
  parties: [
    { organizationId: STATE, kind: 'state' },
    { organizationId: CSO, kind: 'non_state' },
    { organizationId: NETWORK, kind: 'non_state' },
  ],
  endedStays: [{ status: 'proposal_review', seconds: 5 * 86_400 }],
  statusSinceDay: '2025-03-01',
  occurrences: [],
  assessments: [
    { period: '2025-Q2', organizationId: STATE, side: 'state', scores: scores(5) },
    { period: '2025-Q2', organizationId: CSO, side: 'non_state', scores: scores(3) },
  ],
  scorecardRounds: [],
  ...overrides,
});

const sorted = (rows: ViewerRollupCount[]) => [...rows].sort((a, b) => viewerRollupKey(a).localeCompare(viewerRollupKey(b)));
const of = (rows: ViewerRollupCount[], organizationId: string, province = ALL_PROVINCES) =>
  rows.filter((row) => row.organizationId === organizationId && row.province === province).map(({ organizationId: _, province: __, ...counted }) => counted);

describe('unassessedPeriods', () => {
  it('lists per party the periods others assessed and it has not', () => {
    expect(unassessedPeriods(facts())).toEqual([[NETWORK, ['2025-Q2']]]);
    expect(unassessedPeriods(facts({ assessments: [] }))).toEqual([]);
  });
});

describe('viewerCounts', () => {
  const entry = portfolioEntry(facts(), '2025-06-01');
  const rows = viewerCounts(entry, unassessedPeriods(facts()));

  it('gives every viewer the entry’s counts under all provinces, and its stays under each province', () => {
    for (const viewer of [STATE, CSO, PARENT]) expect(of(rows, viewer)).toEqual(entryCounts(entry));
    for (const province of ['08', '12']) {
      expect(of(rows, CSO, province)).toEqual(entryCounts(entry, province).filter((row) => row.facet === 'stay' || row.facet === 'waiting'));
    }
    expect(of(rows, CSO, '08').length).toBeGreaterThan(0);
  });

  it('leaves out of a party’s sums the quality periods it has not assessed itself (no anchoring); endorsers count them', () => {
    expect(of(rows, PARENT).some((row) => row.facet === 'quality')).toBe(true);
    expect(of(rows, NETWORK)).toEqual(entryCounts(entry).filter((row) => row.facet !== 'quality'));
  });
});

describe('viewerRollupDelta', () => {
  const before = { entry: portfolioEntry(facts(), '2025-06-01'), unassessed: unassessedPeriods(facts()) };
  const afterFacts = facts({
    viewerOrganizationIds: [STATE, CSO, NETWORK],
    assessments: [...facts().assessments, { period: '2025-Q2', organizationId: NETWORK, side: 'non_state', scores: scores(1) }],
  });
  const after = { entry: portfolioEntry(afterFacts, '2025-06-01'), unassessed: unassessedPeriods(afterFacts) };

  it('moves the sums from one entry to the other', () => {
    const moved = sumViewerRollups([...viewerCounts(before.entry, before.unassessed), ...viewerRollupDelta(before, after)]);
    expect(sorted(moved)).toEqual(sorted(sumViewerRollups(viewerCounts(after.entry, after.unassessed))));
    expect(viewerRollupDelta(after, after)).toEqual([]);
  });

  it('takes a partnership out of the sums of an organisation that no longer sees it', () => {
    const delta = viewerRollupDelta(before, after);
    expect(sorted(delta.filter((row) => row.organizationId === PARENT))).toEqual(
      sorted(viewerCounts(before.entry, before.unassessed).filter((row) => row.organizationId === PARENT).map((row) => ({ ...row, count: -row.count, total: -row.total }))),
    );
    expect(delta.some((row) => row.organizationId === NETWORK && row.facet === 'quality' && row.count > 0)).toBe(true);
  });
});
