// Property: after any sequence of changes made through the API, the dashboards' entries and national sums kept by
// the refresh jobs equal a computation from scratch — under the inline driver and under BullMQ with a worker.
import type { INestApplicationContext } from '@nestjs/common';
import fc from 'fast-check';
import { nationalCounts, portfolioEntry, rollupKey, sumRollups, QUALITY_ATTRIBUTES, PARTNERSHIP_FUNCTIONS, type RollupCount } from '@daikou/domain';
import { todayInCambodia } from '../src/common/cambodia-date';
import { InsightRollupsService } from '../src/insight/insight-rollups.service';
import { loadPortfolioFacts } from '../src/insight/portfolio-facts';
import { rollupsCurrent } from './support/insight-rollups';
import { walker, type Walker } from './support/partnership-walk';
import { startTestApp, type TestApp } from './support/test-app';
import { startWorkerApp } from './support/worker-app';

/** Who creates a partnership, and with which other party. */
const CREATORS = [
  { who: 'sna', parties: ['Takéo Provincial Administration', 'Khmer Community Health Association'] },
  { who: 'network', parties: ['Social Accountability CSO Network', 'Doun Kaev One Window Service Office'] },
  { who: 'district', parties: ['Bati District Administration', 'Takéo Youth for Clean Water'] },
  { who: 'cso', parties: ['Khmer Community Health Association', 'Chambak Commune Council'] },
] as const;
const AREAS = [['2102'], ['21'], ['210201', '2108'], ['12', '2102'], ['1201']];
const LIFECYCLE = [
  { action: 'submit_proposal', by: 'creator' },
  { action: 'accept_proposal', by: 'reviewer' },
  { action: 'return_proposal', by: 'reviewer', body: { comment: 'Say more' } },
  { action: 'decline', by: 'reviewer', body: { reason: 'Out of scope' } },
  { action: 'withdraw', by: 'creator' },
  { action: 'suspend', by: 'reviewer', body: { reason: 'Audit' } },
  { action: 'resume', by: 'reviewer' },
] as const;

const change = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), creator: fc.nat(CREATORS.length - 1), area: fc.nat(AREAS.length - 1), fn: fc.constantFrom(...PARTNERSHIP_FUNCTIONS), month: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('activate' as const), area: fc.nat(AREAS.length - 1), fn: fc.constantFrom(...PARTNERSHIP_FUNCTIONS) }),
  fc.record({ kind: fc.constant('act' as const), target: fc.nat(), step: fc.nat(LIFECYCLE.length - 1) }),
  fc.record({ kind: fc.constant('edit' as const), target: fc.nat(), area: fc.nat(AREAS.length - 1), fn: fc.constantFrom(...PARTNERSHIP_FUNCTIONS) }),
  fc.record({
    kind: fc.constant('commitment' as const),
    target: fc.nat(),
    stateOwns: fc.boolean(),
    due: fc.constantFrom('2026-02-01', '2026-06-15', '2027-03-01'),
    ratings: fc.array(fc.record({ by: fc.constantFrom('sna', 'cso'), rating: fc.constantFrom('kept', 'partly_kept', 'not_kept') }), { maxLength: 2 }),
  }),
  fc.record({ kind: fc.constant('assess' as const), target: fc.nat(), by: fc.constantFrom('sna', 'cso'), period: fc.constantFrom('2026', '2026-Q1', '2026-Q2', '2026-03'), score: fc.integer({ min: 1, max: 5 }), trust: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('scorecard' as const), target: fc.nat(), month: fc.integer({ min: 1, max: 9 }), citizen: fc.integer({ min: 1, max: 5 }), provider: fc.integer({ min: 1, max: 5 }) }),
);
type Change = typeof change extends fc.Arbitrary<infer C> ? C : never;

describe.each([
  ['inline', false],
  ['bullmq', true],
])('dashboard rollups with the %s driver', (_driver, redis) => {
  let t: TestApp;
  let w: Walker;
  let worker: INestApplicationContext | null = null;
  let servicePoint: string;
  /** Partnerships made by the test: id and the demo account that created it. */
  const made: { id: string; creator: string; sidesBy: readonly string[] }[] = [];
  const active: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ redis });
    if (redis) worker = await startWorkerApp(t);
    w = await walker(t);
    servicePoint = (await w.as('cso').post('/api/service-points', { name: 'Chambak Health Centre', kind: 'health_centre', adminUnitCode: '210201' }).expect(201)).body.id;
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  const pick = <T>(list: readonly T[], index: number): T | undefined => (list.length === 0 ? undefined : list[index % list.length]);

  async function apply(step: Change): Promise<void> {
    switch (step.kind) {
      case 'create': {
        const creator = CREATORS[step.creator]!;
        const created = await w.as(creator.who).post('/api/partnerships', {
          title: `Generated ${made.length}`, function: step.fn, form: 'coordination', goals: 'Generated',
          parties: creator.parties.map((name) => ({ organizationId: w.orgs[name] })),
          adminUnitCodes: AREAS[step.area], sectors: ['health'], startDate: `2026-0${step.month}-01`, endDate: '2027-12-31',
        }).expect(201);
        made.push({ id: created.body.id, creator: creator.who, sidesBy: [] });
        return;
      }
      case 'activate': {
        const id = await w.activePartnership({ adminUnitCodes: AREAS[step.area], function: step.fn });
        made.push({ id, creator: 'sna', sidesBy: ['sna', 'cso'] });
        active.push(id);
        return;
      }
      case 'act': {
        const target = pick(made, step.target);
        if (!target) return;
        const { action, by, ...rest } = LIFECYCLE[step.step]!;
        const response = await w.act(target.id, by === 'creator' ? target.creator : by, action, 'body' in rest ? rest.body : {});
        // A step the status does not allow is refused; the rollups must not move then either.
        expect([200, 409]).toContain(response.status);
        return;
      }
      case 'edit': {
        const target = pick(made, step.target);
        if (!target) return;
        const response = await w.as(target.creator).get(`/api/partnerships/${target.id}`);
        if (!['draft', 'mou_drafting'].includes(response.body.status)) return;
        await t.http.patch(`/api/partnerships/${target.id}`).auth(w.tokens[target.creator]!, { type: 'bearer' }).send({ adminUnitCodes: AREAS[step.area], function: step.fn }).expect(200);
        return;
      }
      case 'commitment': {
        const target = pick(active, step.target);
        if (!target) return;
        const owner = w.orgs[step.stateOwns ? 'Takéo Provincial Administration' : 'Khmer Community Health Association'];
        const created = await w.as('sna').post(`/api/partnerships/${target}/commitments`, { title: 'Generated', ownerOrganizationId: owner, dueDate: step.due });
        if (created.status !== 201) return;
        for (const rating of step.ratings) await w.as(rating.by).post(`/api/commitments/${created.body.id}/ratings`, { period: step.due, rating: rating.rating });
        return;
      }
      case 'assess': {
        const target = pick(active, step.target);
        if (!target) return;
        const scores = { ...Object.fromEntries(QUALITY_ATTRIBUTES.map((attribute) => [attribute, step.score])), trust: step.trust };
        const response = await w.as(step.by).post(`/api/partnerships/${target}/assessments`, { period: step.period, scores });
        expect([201, 409]).toContain(response.status);
        return;
      }
      case 'scorecard': {
        const target = pick(active, step.target);
        if (!target) return;
        await w.as('cso').post(`/api/partnerships/${target}/scorecards`, {
          servicePointId: servicePoint, date: `2026-0${step.month}-10`, participants: { female: 5, male: 4 },
          criteria: [{ name: 'Staff present', citizenScore: step.citizen, providerScore: step.provider }],
        });
        return;
      }
    }
  }

  const sorted = (rows: RollupCount[]) => [...rows].sort((a, b) => rollupKey(a).localeCompare(rollupKey(b)));

  /** The entries and national sums computed from every partnership's rows, as if the rollups had never existed. */
  async function fromScratch() {
    const ids: string[] = (await t.dataSource.query(`SELECT id FROM partnerships`)).map((row: { id: string }) => row.id);
    const facts = await loadPortfolioFacts(t.dataSource.manager, ids);
    const entries = new Map([...facts.entries()].map(([id, partnershipFacts]) => [id, portfolioEntry(partnershipFacts, todayInCambodia())]));
    return { entries, rollups: sorted(sumRollups([...entries.values()].flatMap(nationalCounts))) };
  }

  async function stored() {
    const rollups = sorted(await t.app.get(InsightRollupsService).readRollups());
    const rows: { partnershipId: string; viewerOrganizationIds: string[]; provinceCodes: string[]; function: string; startMonth: string; facets: { facet: string; key: string; count: number; total: number }[] }[] =
      await t.dataSource.query(
        `SELECT partnership_id AS "partnershipId", viewer_organization_ids AS "viewerOrganizationIds", province_codes AS "provinceCodes",
                function, start_month AS "startMonth", facets FROM insight_entries`,
      );
    const entries = new Map(rows.map(({ partnershipId, ...entry }) => [partnershipId, { ...entry, facets: entry.facets.map((f) => ({ facet: f.facet, key: f.key, count: f.count, total: f.total })) }]));
    return { rollups, entries };
  }

  it('equal a from-scratch computation after a random sequence of changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 10 }), async (changes) => {
        for (const step of changes) await apply(step);
        await rollupsCurrent(t.dataSource);
        const [expected, actual] = [await fromScratch(), await stored()];
        expect(actual.rollups).toEqual(expected.rollups);
        expect(new Map([...actual.entries].sort())).toEqual(new Map([...expected.entries].sort()));
      }),
      { numRuns: 4, endOnFailure: true },
    );
    expect(made.length).toBeGreaterThan(0);
  });

  it('are checked by the daily rebuild, which reports drift and puts it right', async () => {
    const rollups = t.app.get(InsightRollupsService);
    await rollupsCurrent(t.dataSource);
    expect(await rollups.rebuild()).toMatchObject({ entriesDiffering: 0, rollupsDiffering: 0 });
    await t.dataSource.query(`UPDATE insight_rollups SET count = count + 5 WHERE province = '*' AND facet = 'total'`);
    await t.dataSource.query(`DELETE FROM insight_entries WHERE partnership_id = (SELECT id FROM partnerships ORDER BY created_at LIMIT 1)`);
    const report = await rollups.rebuild();
    expect(report.entriesDiffering).toBe(1);
    expect(report.rollupsDiffering).toBeGreaterThan(0);
    const expected = await fromScratch();
    expect((await stored()).rollups).toEqual(expected.rollups);
    expect(await rollups.rebuild()).toMatchObject({ entriesDiffering: 0, rollupsDiffering: 0 });
  });
});
