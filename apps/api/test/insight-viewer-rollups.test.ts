// The sums kept per viewing organisation (officers' dashboards) and the national cycle-time statistics per slot: after
// changes through the API they equal a computation from scratch, an organisation that stops seeing a partnership
// stops counting it, and the daily rebuild reports drift and puts it right.
import {
  ALL_MONTHS,
  ALL_PROVINCES,
  QUALITY_ATTRIBUTES,
  STAY_FACETS,
  cycleTimesSummary,
  nationalCounts,
  portfolioEntry,
  slotStayStatistics,
  sumRollups,
  sumViewerRollups,
  unassessedPeriods,
  viewerCounts,
  viewerRollupKey,
  viewerStayStatistics,
  type RollupCount,
  type StayCount,
  type StayStatistics,
  type ViewerRollupCount,
  type ViewerStayStatistics,
} from '@daikou/domain';
import { todayInCambodia } from '../src/common/cambodia-date';
import { InsightRollupsService } from '../src/insight/insight-rollups.service';
import { loadPortfolioFacts } from '../src/insight/portfolio-facts';
import { rollupsCurrent } from './support/insight-rollups';
import { walker, type Walker } from './support/partnership-walk';
import { startTestApp, type TestApp } from './support/test-app';

const scores = (value: number) => Object.fromEntries(QUALITY_ATTRIBUTES.map((attribute) => [attribute, value]));
const byViewerKey = (rows: ViewerRollupCount[]) => [...rows].sort((a, b) => viewerRollupKey(a).localeCompare(viewerRollupKey(b)));
const statisticsKey = (row: StayStatistics) => [row.province, row.function, row.level, row.status].join('|');
const byStatisticsKey = <S extends StayStatistics>(rows: S[]) => [...rows].sort((a, b) => statisticsKey(a).localeCompare(statisticsKey(b)));
const viewerStatisticsKey = (row: ViewerStayStatistics) => `${row.organizationId}|${statisticsKey(row)}`;
const byViewerStatisticsKey = (rows: ViewerStayStatistics[]) => [...rows].sort((a, b) => viewerStatisticsKey(a).localeCompare(viewerStatisticsKey(b)));

/** Each organisation's stay counts per province slot (functions added up), from its sums. */
function viewerStays(rows: readonly ViewerRollupCount[]): Map<string, Map<string, StayCount[]>> {
  const stays = new Map<string, Map<string, StayCount[]>>();
  for (const row of rows.filter((candidate) => STAY_FACETS.includes(candidate.facet))) {
    const ofViewer = stays.get(row.organizationId) ?? new Map<string, StayCount[]>();
    stays.set(row.organizationId, ofViewer);
    ofViewer.set(row.province, [...(ofViewer.get(row.province) ?? []), { facet: row.facet, key: row.key, count: row.count }]);
  }
  return stays;
}

/** The stay histograms of each province and function slot in all start months, from the national sums. */
function staySlots(rows: readonly RollupCount[]): Map<string, { slot: Pick<StayStatistics, 'province' | 'function'>; rows: StayCount[] }> {
  const slots = new Map<string, { slot: Pick<StayStatistics, 'province' | 'function'>; rows: StayCount[] }>();
  for (const row of rows.filter((candidate) => candidate.startMonth === ALL_MONTHS && STAY_FACETS.includes(candidate.facet))) {
    const key = `${row.province}|${row.function}`;
    const slot = slots.get(key) ?? { slot: { province: row.province, function: row.function }, rows: [] };
    slot.rows.push({ facet: row.facet, key: row.key, count: row.count });
    slots.set(key, slot);
  }
  return slots;
}

describe('dashboard sums per organisation and cycle-time statistics', () => {
  let t: TestApp;
  let w: Walker;
  let active: string;

  beforeAll(async () => {
    t = await startTestApp();
    w = await walker(t);
    active = await w.activePartnership();
    // Both sides assessed 2026-Q1, the province alone 2026-Q2: the CSO has 2026-Q2 still to assess.
    await w.as('sna').post(`/api/partnerships/${active}/assessments`, { period: '2026-Q1', scores: scores(4) }).expect(201);
    await w.as('cso').post(`/api/partnerships/${active}/assessments`, { period: '2026-Q1', scores: scores(2) }).expect(201);
    await w.as('sna').post(`/api/partnerships/${active}/assessments`, { period: '2026-Q2', scores: scores(5) }).expect(201);
    const draft = await w.as('network').post('/api/partnerships', {
      title: 'One-window feedback', function: 'information_sharing', form: 'information_sharing', goals: 'Share complaints',
      parties: [{ organizationId: w.orgs['Social Accountability CSO Network'] }, { organizationId: w.orgs['Doun Kaev One Window Service Office'] }],
      adminUnitCodes: ['2108', '12'], sectors: ['governance'], startDate: '2026-03-01', endDate: '2026-12-31',
    }).expect(201);
    await w.act(draft.body.id, 'network', 'submit_proposal').expect(200);
    await w.act(draft.body.id, 'reviewer', 'return_proposal', { comment: 'Say more' }).expect(200);
    await rollupsCurrent(t.dataSource);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** The organisations' sums and the statistics computed from every partnership's rows. */
  async function fromScratch() {
    const ids: string[] = (await t.dataSource.query(`SELECT id FROM partnerships`)).map((row: { id: string }) => row.id);
    const facts = [...(await loadPortfolioFacts(t.dataSource.manager, ids)).values()];
    const entries = facts.map((partnershipFacts) => ({ entry: portfolioEntry(partnershipFacts, todayInCambodia()), unassessed: unassessedPeriods(partnershipFacts) }));
    const national = sumRollups(entries.flatMap(({ entry }) => nationalCounts(entry)));
    const viewers = byViewerKey(sumViewerRollups(entries.flatMap(({ entry, unassessed }) => viewerCounts(entry, unassessed))));
    return {
      viewers,
      statistics: byStatisticsKey([...staySlots(national).values()].flatMap(({ slot, rows }) => slotStayStatistics(slot, rows))),
      viewerStatistics: byViewerStatisticsKey([...viewerStays(viewers)].flatMap(([organizationId, stays]) => viewerStayStatistics(organizationId, stays))),
    };
  }

  async function stored() {
    const rollups = t.app.get(InsightRollupsService);
    return {
      viewers: byViewerKey(await rollups.readViewerRollups()),
      statistics: byStatisticsKey(await rollups.readStayStatistics()),
      viewerStatistics: byViewerStatisticsKey(await rollups.readViewerStayStatistics()),
    };
  }

  it('follow changes made through the API, equal to a computation from scratch', async () => {
    const expected = await fromScratch();
    expect(expected.viewers.length).toBeGreaterThan(0);
    expect(expected.statistics.length).toBeGreaterThan(0);
    expect(expected.viewerStatistics.length).toBeGreaterThan(0);
    expect(await stored()).toEqual(expected);
    const cso = w.orgs['Khmer Community Health Association']!;
    const unassessedOf = async () => (await t.dataSource.query(`SELECT unassessed_periods AS periods FROM insight_entries WHERE partnership_id = $1`, [active]))[0].periods;
    expect(await unassessedOf()).toEqual([[cso, ['2026-Q2']]]);

    await w.as('cso').post(`/api/partnerships/${active}/assessments`, { period: '2026-Q2', scores: scores(3) }).expect(201);
    await w.act(active, 'reviewer', 'suspend', { reason: 'Audit' }).expect(200);
    await rollupsCurrent(t.dataSource);
    expect(await stored()).toEqual(await fromScratch());
    expect((await stored()).viewers.some((row) => row.organizationId === cso && row.key.startsWith('2026-Q2|'))).toBe(true);
  });

  it('stop counting a partnership for an organisation that no longer sees it', async () => {
    const network = w.orgs['Social Accountability CSO Network']!;
    const totalOf = async () => (await w.as('network').get('/api/dashboard/portfolio').expect(200)).body.total as number;
    const before = await totalOf();
    await t.dataSource.query(`INSERT INTO partnership_parties (partnership_id, organization_id) VALUES ($1, $2)`, [active, network]);
    await rollupsCurrent(t.dataSource);
    expect(await totalOf()).toBe(before + 1);
    await t.dataSource.query(`DELETE FROM partnership_parties WHERE partnership_id = $1 AND organization_id = $2`, [active, network]);
    await rollupsCurrent(t.dataSource);
    expect(await totalOf()).toBe(before);
    expect(await stored()).toEqual(await fromScratch());
  });

  it('give the national cycle times the stay histograms give, for each filter', async () => {
    const rollups = await t.app.get(InsightRollupsService).readRollups();
    const slot = (province: string, fn: string) => staySlots(rollups).get(`${province}|${fn}`)?.rows ?? [];
    const provinces = [...new Set(rollups.filter((row) => row.province !== ALL_PROVINCES).map((row) => row.province))];
    // Per province, the provinces with stays (at the level asked for).
    const perProvince = (fn: string, only?: string, level?: string) =>
      new Map(
        provinces
          .filter((code) => !only || code === only)
          .map((code) => [code, slot(code, fn).filter((row) => !level || row.key.split('|')[1] === level)] as const)
          .filter(([, rows]) => rows.length > 0),
      );
    const cases = [
      { query: '', expected: cycleTimesSummary(slot('*', '*'), perProvince('*')) },
      { query: '?level=district', expected: cycleTimesSummary(slot('*', '*'), perProvince('*', undefined, 'district'), 'district') },
      { query: '?function=service_monitoring', expected: cycleTimesSummary(slot('*', 'service_monitoring'), perProvince('service_monitoring')) },
      { query: '?province=21', expected: cycleTimesSummary(slot('21', '*'), perProvince('*', '21')) },
    ];
    for (const { query, expected } of cases) {
      const response = (await w.as('reviewer').get(`/api/dashboard/cycle-times${query}`).expect(200)).body;
      expect([query, response]).toEqual([query, JSON.parse(JSON.stringify(expected))]);
    }
  });

  it('give every caller the dashboards that adding up the entries gives (a period filter reads the entries)', async () => {
    const withPeriod = (query: string) => `${query}${query ? '&' : '?'}from=2000-01`;
    for (const who of ['reviewer', 'sna', 'cso', 'network', 'district']) {
      for (const query of ['', '?level=district', '?level=province', '?function=service_monitoring', '?province=21', '?province=21&level=district']) {
        const [kept, added] = [
          (await w.as(who).get(`/api/dashboard/cycle-times${query}`).expect(200)).body,
          (await w.as(who).get(`/api/dashboard/cycle-times${withPeriod(query)}`).expect(200)).body,
        ];
        expect([who, query, kept]).toEqual([who, query, added]);
      }
      for (const query of ['', '?function=service_monitoring', '?province=21']) {
        const [kept, added] = [
          (await w.as(who).get(`/api/dashboard/portfolio${query}`).expect(200)).body,
          (await w.as(who).get(`/api/dashboard/portfolio${withPeriod(query)}`).expect(200)).body,
        ];
        expect([who, query, kept]).toEqual([who, query, added]);
      }
    }
  });

  it('are checked by the daily rebuild, which reports drift and puts it right', async () => {
    const rollups = t.app.get(InsightRollupsService);
    expect(await rollups.rebuild()).toMatchObject({ entriesDiffering: 0, rollupsDiffering: 0, viewerRollupsDiffering: 0 });
    await t.dataSource.query(`UPDATE insight_viewer_rollups SET count = count + 3 WHERE facet = 'total'`);
    await t.dataSource.query(`DELETE FROM insight_stay_statistics WHERE province = '*'`);
    await t.dataSource.query(`UPDATE insight_viewer_stay_statistics SET partnerships = partnerships + 1`);
    await t.dataSource.query(`UPDATE insight_entries SET unassessed_periods = '[["00000000-0000-4000-8000-000000000000", ["2020"]]]'`);
    const report = await rollups.rebuild();
    expect(report.viewerRollupsDiffering).toBeGreaterThan(0);
    expect(report.entriesDiffering).toBeGreaterThan(0);
    expect(await stored()).toEqual(await fromScratch());
    expect(await rollups.rebuild()).toMatchObject({ entriesDiffering: 0, rollupsDiffering: 0, viewerRollupsDiffering: 0 });
  });

  it('are filled by a rebuild the migration queues on a database that already had dashboards', async () => {
    const rebuilds = async () => Number((await t.dataSource.query(`SELECT count(*) AS n FROM jobs WHERE name = 'insight.rebuild'`))[0].n);
    const before = await rebuilds();
    await t.dataSource.undoLastMigration({ transaction: 'each' });
    await t.dataSource.runMigrations({ transaction: 'each' });
    expect(await rebuilds()).toBe(before + 1);
    for (let waited = 0; waited < 100 && JSON.stringify(await stored()) !== JSON.stringify(await fromScratch()); waited += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await stored()).toEqual(await fromScratch());
  });
});
