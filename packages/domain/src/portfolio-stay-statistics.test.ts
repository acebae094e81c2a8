import { ALL_FUNCTIONS, ALL_MONTHS, ALL_PROVINCES, STAY_FACETS, cycleTimesSummary, nationalCounts, portfolioEntry, sumRollups, type PartnershipFacts, type RollupCount } from './portfolio.js';
import { cycleTimesFromStatistics, slotStayStatistics, viewerStayStatistics, type StayStatistics } from './portfolio-stay-statistics.js';

const facts = (overrides: Partial<PartnershipFacts>): PartnershipFacts => ({
  status: 'active',
  function: 'service_delivery',
  form: 'collaboration',
  provinceCodes: ['12'],
  adminUnitCodes: ['1201'],
  sectors: [],
  startDate: '2025-03-10',
  viewerOrganizationIds: [],
  parties: [],
  endedStays: [],
  statusSinceDay: '2025-03-01',
  occurrences: [],
  assessments: [],
  scorecardRounds: [],
  ...overrides,
});

const DAY = 86_400;
const rows = sumRollups(
  [
    facts({ status: 'proposal_review', statusSinceDay: '2025-05-20', endedStays: [{ status: 'draft', seconds: 3 * DAY }] }),
    facts({ provinceCodes: ['08', '12'], adminUnitCodes: ['08', '12'], endedStays: [{ status: 'draft', seconds: 40 * DAY }, { status: 'proposal_review', seconds: 9 * DAY }] }),
    facts({ function: 'service_monitoring', provinceCodes: ['08'], adminUnitCodes: ['080101'], endedStays: [{ status: 'draft', seconds: 5 * 3600 }] }),
    facts({ function: 'service_monitoring', status: 'mou_review', provinceCodes: ['21'], adminUnitCodes: ['2102'], statusSinceDay: '2025-04-01', endedStays: [{ status: 'draft', seconds: 70 * DAY }] }),
  ].flatMap((each) => nationalCounts(portfolioEntry(each, '2025-06-01'))),
);

/** The stay counts of a province and function slot in all months. */
const slot = (province: string, fn: string, level?: string) =>
  rows.filter(
    (row: RollupCount) =>
      row.province === province && row.function === fn && row.startMonth === ALL_MONTHS && STAY_FACETS.includes(row.facet) && (!level || row.key.split('|')[1] === level),
  );
const statistics: StayStatistics[] = ['*', '08', '12', '21'].flatMap((province) =>
  [ALL_FUNCTIONS, 'service_delivery', 'service_monitoring'].flatMap((fn) => slotStayStatistics({ province, function: fn as StayStatistics['function'] }, slot(province, fn))),
);
const perProvince = (fn: string, only?: string, level?: string) =>
  new Map(['08', '12', '21'].filter((code) => !only || code === only).map((code) => [code, slot(code, fn, level)] as const).filter(([, counted]) => counted.length > 0));

describe('cycleTimesFromStatistics', () => {
  it('gives what cycleTimesSummary gives from the stay histograms, for each filter', () => {
    const fromStatistics = (fn: string, province: string, level?: 'province' | 'district' | 'commune') =>
      cycleTimesFromStatistics(statistics.filter((row) => row.function === fn), province, level);
    expect(fromStatistics('*', ALL_PROVINCES)).toEqual(cycleTimesSummary(slot('*', '*'), perProvince('*')));
    expect(fromStatistics('*', ALL_PROVINCES, 'district')).toEqual(cycleTimesSummary(slot('*', '*'), perProvince('*', undefined, 'district'), 'district'));
    expect(fromStatistics('service_monitoring', ALL_PROVINCES)).toEqual(cycleTimesSummary(slot('*', 'service_monitoring'), perProvince('service_monitoring')));
    expect(fromStatistics('*', '08')).toEqual(cycleTimesSummary(slot('08', '*'), perProvince('*', '08')));
    expect(fromStatistics('*', ALL_PROVINCES).byProvince.map((each) => each.province)).toEqual(['08', '12', '21']);
  });

  it('keeps only the statuses with stays of each level slot', () => {
    const kept = slotStayStatistics({ province: '21', function: ALL_FUNCTIONS }, slot('21', '*'));
    expect(kept.map((row) => [row.level, row.status, row.partnerships])).toEqual([
      ['*', 'draft', 1],
      ['*', 'mou_review', 1],
      ['district', 'draft', 1],
      ['district', 'mou_review', 1],
    ]);
  });

  it('gives an organisation’s cycle times without filters from its statistics', () => {
    // An organisation's stays: per province slot, functions added up.
    const stays = new Map(['*', '08', '12', '21'].map((province) => [province, [...slot(province, 'service_delivery'), ...slot(province, 'service_monitoring')]] as const));
    const perProvinceStays = new Map([...stays].filter(([province, counted]) => province !== '*' && counted.length > 0));
    const statisticsOfViewer = viewerStayStatistics('org', new Map([...stays].filter(([, counted]) => counted.length > 0)));
    expect(cycleTimesFromStatistics(statisticsOfViewer, ALL_PROVINCES)).toEqual(cycleTimesSummary(stays.get('*')!, perProvinceStays));
    expect(statisticsOfViewer.filter((row) => row.province !== '*').every((row) => row.level === '*' && row.organizationId === 'org')).toBe(true);
  });
});
