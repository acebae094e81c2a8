// The reports each party owes, and the daily job that tells the responsible organisation once about each late one —
// under both job drivers (inline in the API process; BullMQ with a worker process).
import type { INestApplicationContext } from '@nestjs/common';
import { startTestApp, type TestApp } from '../support/test-app';
import { walker, type Walker } from '../support/partnership-walk';
import { waitFor } from '../support/wait';
import { startWorkerApp } from '../support/worker-app';

interface Period {
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  responsibleOrganizationId: string;
  indicatorIds: string[];
  reportId: string | null;
  status: string;
  late: boolean;
}

describe.each([
  ['inline', false],
  ['bullmq', true],
])('late reports with the %s driver', (_driver, redis) => {
  let t: TestApp;
  let w: Walker;
  let worker: INestApplicationContext | undefined;
  let id: string;
  let suspended: string;
  let ngo: string;
  let province: string;
  let visits: string;
  let births: string;
  let budget: string;
  const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path);
  const periods = async (who: string, query = '') => (await w.as(who).get(`/api/partnerships/${id}/reporting-periods${query}`).expect(200)).body.items as Period[];

  beforeAll(async () => {
    t = await startTestApp({ redis });
    // With BullMQ the API only relays; a worker process runs the jobs.
    if (redis) worker = await startWorkerApp(t);
    w = await walker(t);
    id = await w.activePartnership();
    suspended = await w.activePartnership({ title: 'Suspended monitoring' });
    ngo = w.orgs['Khmer Community Health Association']!;
    province = w.orgs['Takéo Provincial Administration']!;
    const indicator = async (partnershipId: string, name: string, frequency: string, responsibleOrganizationId: string) =>
      (await w.as('cso').post(`/api/partnerships/${partnershipId}/indicators`, { name, unit: 'people', baseline: 0, target: 10, frequency, responsibleOrganizationId }).expect(201)).body.id as string;
    visits = await indicator(id, 'Antenatal visits', 'quarterly', ngo);
    births = await indicator(id, 'Births at the centre', 'quarterly', ngo);
    budget = await indicator(id, 'Budget published', 'yearly', province);
    await indicator(suspended, 'Anything', 'monthly', ngo);
    await w.act(suspended, 'reviewer', 'suspend', { reason: 'Funding paused' }).expect(200);
  }, 120_000);
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  /** Runs the daily check now, through the outbox like a timer tick, and returns its result. */
  async function remind(): Promise<{ reminded: number }> {
    const jobId = await t.jobs.enqueueNow('reports.remind_late', {});
    const job = await waitFor('the late-report check to finish', async () => {
      const rows: { status: string; result: { reminded: number } }[] = await t.dataSource.query(`SELECT status, result FROM jobs WHERE id = $1`, [jobId]);
      return ['completed', 'failed'].includes(rows[0]!.status) && rows[0];
    });
    expect(job.status).toBe('completed');
    return job.result;
  }

  const reminders = async () =>
    (await t.dataSource.query(
      `SELECT n.user_id AS "userId", n.partnership_id AS "partnershipId", n.dedupe_key AS key, n.title_km AS "titleKm", u.organization_id AS "organizationId"
         FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE n.dedupe_key LIKE 'report-late:%' ORDER BY n.dedupe_key`,
    )) as { userId: string; partnershipId: string; key: string; titleKm: string; organizationId: string }[];

  it('lists one report owed per party and period, shared by the party’s indicators, with its state', async () => {
    const owed = await periods('reviewer');
    const ngoPeriods = owed.filter((p) => p.responsibleOrganizationId === ngo);
    const provincePeriods = owed.filter((p) => p.responsibleOrganizationId === province);
    expect(ngoPeriods).toHaveLength(8);
    expect(ngoPeriods.every((p) => p.indicatorIds.join() === [visits, births].join())).toBe(true);
    expect(provincePeriods.map((p) => [p.periodStart, p.periodEnd, p.dueDate, p.indicatorIds])).toEqual([
      ['2026-01-01', '2026-12-31', '2027-01-15', [budget]],
      ['2027-01-01', '2027-12-31', '2028-01-15', [budget]],
    ]);
    // The partnership started in January 2026: the first quarter's report fell due on 15 April and none was started.
    expect(ngoPeriods[0]).toEqual({ periodStart: '2026-01-01', periodEnd: '2026-03-31', dueDate: '2026-04-15', responsibleOrganizationId: ngo, indicatorIds: [visits, births], reportId: null, status: 'not_started', late: true });
    expect(owed.map((p) => p.dueDate)).toEqual([...owed.map((p) => p.dueDate)].sort());
  });

  it('follows the report filed on a period, and filters by state and lateness', async () => {
    const report = await w.as('cso').post(`/api/partnerships/${id}/reports`, { periodStart: '2026-01-01', periodEnd: '2026-03-31', values: [{ indicatorId: visits, value: 4 }] }).expect(201);
    expect((await periods('cso'))[0]).toMatchObject({ reportId: report.body.id, status: 'draft', late: true });
    await w.as('cso').post(`/api/reports/${report.body.id}/actions/submit`).expect(200);
    expect((await periods('cso'))[0]).toMatchObject({ status: 'submitted', late: false });
    expect((await periods('cso', '?status=submitted')).map((p) => p.reportId)).toEqual([report.body.id]);
    const late = await periods('cso', '?late=true');
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((p) => p.late && p.status === 'not_started')).toBe(true);
    await w.as('network').get(`/api/partnerships/${id}/reporting-periods`).expect(404);
    await w.as('cso').get('/api/partnerships/00000000-0000-4000-8000-000000000000/reporting-periods').expect(404);
    const bad = await w.as('cso').get(`/api/partnerships/${id}/reporting-periods?status=late&late=1`).expect(422);
    expect(paths(bad.body).sort()).toEqual(['query.late', 'query.status']);
  });

  it('tells each officer of the responsible party once per late report, however often the check runs', async () => {
    const late = await periods('cso', '?late=true');
    const officers: { id: string }[] = await t.dataSource.query(`SELECT id FROM users WHERE organization_id = $1 AND active AND role IN ('sna_officer', 'cso_officer')`, [ngo]);
    expect(officers.length).toBeGreaterThan(1);

    // Two checks at once: between them, each late report is told about once.
    const first = await Promise.all([remind(), remind()]);
    expect(first[0]!.reminded + first[1]!.reminded).toBe(late.length);
    const told = await reminders();
    expect(told).toHaveLength(late.length * officers.length);
    expect(new Set(told.map((n) => n.organizationId))).toEqual(new Set([ngo]));
    // The suspended partnership's late reports wait until it resumes.
    expect(told.every((n) => n.partnershipId === id)).toBe(true);
    expect(told[0]!.titleKm).toBe('របាយការណ៍យឺត៖ Health centre scorecards');

    // Another day's check: nothing new.
    expect(await remind()).toEqual({ reminded: 0 });
    expect(await reminders()).toHaveLength(told.length);
  });
});
