// The demo portfolio (DAIKOU_DEMO_PORTFOLIO=1) on PostgreSQL: loaded once through the services at start, dated back
// consistently, alive on the dashboards and the public record, and left as it is by a second start.
import { PARTNERSHIP_STATUSES, PUBLIC_STATUSES } from '@daikou/domain';
import { AuditService } from '../src/audit/audit.service';
import { loadConfig } from '../src/config/config';
import { createHttpApp } from '../src/http-app';
import { startTestApp, type TestApp } from './support/test-app';

// The MoU PDFs of the approvals are not what this file tests: without a browser their jobs fail at once, instead of
// starting Chromium nine times beside the other test files.
const PORTFOLIO = { DAIKOU_DEMO_PORTFOLIO: '1', CHROMIUM_PATH: '/nonexistent' };
const DAY_MS = 86_400_000;

/** Rows of every table the portfolio writes to. */
const COUNTED_TABLES = [
  'organizations', 'users', 'partnerships', 'partnership_transitions', 'mou_versions', 'mou_signatures', 'partnership_reviews', 'commitments',
  'commitment_occurrences', 'commitment_ratings', 'quality_assessments', 'indicators', 'reports', 'service_points', 'scorecards', 'action_items', 'feedback',
];

describe('demo portfolio', () => {
  let t: TestApp;
  let reviewer: string;
  const count = async (table: string) => Number((await t.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const counts = async () => Object.fromEntries(await Promise.all(COUNTED_TABLES.map(async (table) => [table, await count(table)])));

  beforeAll(async () => {
    t = await startTestApp({ env: PORTFOLIO });
    reviewer = await t.login('reviewer@daikou.demo');
  }, 300_000);
  afterAll(async () => {
    await t?.close();
  });

  it('holds partnerships in every status, in three provinces, loaded by the demo accounts', async () => {
    const statuses: { status: string }[] = await t.dataSource.query(`SELECT DISTINCT status FROM partnerships`);
    expect(statuses.map((row) => row.status).sort()).toEqual([...PARTNERSHIP_STATUSES].sort());
    const provinces: { code: string }[] = await t.dataSource.query(`SELECT DISTINCT unnest(province_codes) AS code FROM partnerships`);
    expect(provinces.map((row) => row.code).sort()).toEqual(['07', '17', '21']);
    // Every change was made by an account through a service, and audited as that account.
    const anonymous: unknown[] = await t.dataSource.query(
      `SELECT 1 FROM audit_entries WHERE request_id = 'demo-portfolio' AND actor_id IS NULL`,
    );
    expect(anonymous).toEqual([]);
  });

  it('dates the history back, each stay timed from the transitions as the lifecycle times it', async () => {
    const [span] = await t.dataSource.query(`SELECT min(at) AS first, max(at) AS last FROM partnership_transitions`);
    expect(Date.now() - new Date(span.first).getTime()).toBeGreaterThan(2.5 * 365 * DAY_MS);
    expect(new Date(span.last).getTime()).toBeLessThan(Date.now());
    const mismatched: unknown[] = await t.dataSource.query(
      `SELECT t.seq FROM partnership_transitions t
        WHERE t.from_status <> t.to_status
          AND t.seconds_in_from <> round(extract(epoch FROM t.at - (
                SELECT max(e.at) FROM partnership_transitions e
                 WHERE e.partnership_id = t.partnership_id AND e.seq < t.seq AND e.from_status IS DISTINCT FROM e.to_status)))`,
    );
    expect(mismatched).toEqual([]);
    const statusSince: unknown[] = await t.dataSource.query(
      `SELECT p.id FROM partnerships p
        WHERE p.status_since <> (SELECT max(at) FROM partnership_transitions e WHERE e.partnership_id = p.id AND e.from_status IS DISTINCT FROM e.to_status)`,
    );
    expect(statusSince).toEqual([]);
    // Rows written along the way moved with their steps: a signature is as old as the transition it made.
    const [signature] = await t.dataSource.query(`SELECT min(signed_at) AS first FROM mou_signatures`);
    expect(Date.now() - new Date(signature.first).getTime()).toBeGreaterThan(2 * 365 * DAY_MS);
  });

  it('fills the reviewer’s portfolio dashboard: statuses, both sides’ record, quality and scorecard trends', async () => {
    const { body } = await t.http.get('/api/dashboard/portfolio').auth(reviewer, { type: 'bearer' }).expect(200);
    expect(body.total).toBe(14);
    expect(body.byStatus.length).toBeGreaterThanOrEqual(6);
    expect(body.byProvince.map((entry: { key: string }) => entry.key).sort()).toEqual(['07', '17', '21']);
    for (const side of [body.accountability.state, body.accountability.nonState]) {
      expect(side.kept).toBeGreaterThan(0);
      expect(side.partlyKept + side.notKept).toBeGreaterThan(0);
    }
    expect(body.accountability.state.disputed + body.accountability.nonState.disputed).toBe(1);
    expect(body.accountability.state.overdue).toBeGreaterThan(0);
    expect(body.qualityTrend.length).toBeGreaterThanOrEqual(3);
    expect(body.qualityTrend.every((period: { averageGap: number | null }) => period.averageGap !== null)).toBe(true);
    expect(body.scorecardTrend.length).toBeGreaterThanOrEqual(2);
    const first = body.scorecardTrend[0];
    const last = body.scorecardTrend[body.scorecardTrend.length - 1];
    // Citizens and providers come closer over the rounds.
    expect(last.providerAverage - last.citizenAverage).toBeLessThan(first.providerAverage - first.citizenAverage);
  });

  it('shows the time each step takes and the slowest steps', async () => {
    const { body } = await t.http.get('/api/dashboard/cycle-times').auth(reviewer, { type: 'bearer' }).expect(200);
    expect(body.slowest.length).toBeGreaterThan(0);
    const measured = body.statuses.filter((statistics: { medianDays: number | null }) => statistics.medianDays !== null);
    expect(measured.map((statistics: { status: string }) => statistics.status)).toEqual(
      expect.arrayContaining(['draft', 'proposal_review', 'mou_drafting', 'mou_review', 'awaiting_signatures', 'active']),
    );
    const review = body.statuses.find((statistics: { status: string }) => statistics.status === 'mou_review');
    expect(review.medianDays).toBeGreaterThan(5);
    expect(review.p90Days).toBeGreaterThanOrEqual(review.medianDays);
  });

  it('publishes only the active, completed and closed partnerships', async () => {
    const { body } = await t.http.get('/api/public/partnerships?limit=50').expect(200);
    const published: { status: string }[] = await t.dataSource.query(`SELECT status FROM partnerships WHERE status = ANY($1)`, [[...PUBLIC_STATUSES]]);
    expect(body.items).toHaveLength(published.length);
    expect(new Set(body.items.map((item: { status: string }) => item.status))).toEqual(new Set(PUBLIC_STATUSES));
  });

  it('monitors three service points over several scorecard rounds, with action items in every status and feedback', async () => {
    const { body: points } = await t.http.get('/api/service-points?limit=50').auth(reviewer, { type: 'bearer' }).expect(200);
    expect(points.items.map((point: { kind: string }) => point.kind).sort()).toEqual(['commune_office', 'health_centre', 'school']);
    for (const point of points.items as { id: string }[]) {
      const { body } = await t.http.get(`/api/service-points/${point.id}/scorecards`).auth(reviewer, { type: 'bearer' }).expect(200);
      expect(body.rounds.length).toBeGreaterThanOrEqual(2);
    }
    const itemStatuses: { status: string }[] = await t.dataSource.query(`SELECT DISTINCT status FROM action_items`);
    expect(itemStatuses.map((row) => row.status).sort()).toEqual(['done', 'dropped', 'in_progress', 'open']);
    const feedback: { status: string }[] = await t.dataSource.query(`SELECT DISTINCT status FROM feedback`);
    expect(feedback.map((row) => row.status).sort()).toEqual(['acknowledged', 'acted_on', 'new']);
    const reports: { status: string }[] = await t.dataSource.query(`SELECT DISTINCT status FROM reports`);
    expect(reports.map((row) => row.status).sort()).toEqual(['submitted', 'validated']);
  });

  it('adds nothing when started again on the same database, and keeps the audit chain whole', async () => {
    const before = await counts();
    const config = loadConfig({
      DATABASE_URL: t.databaseUrl,
      DAIKOU_DEMO: '1',
      ...PORTFOLIO,
      DAIKOU_DATA_DIR: '/nonexistent',
      DAIKOU_FILES_DIR: '/nonexistent',
      DAIKOU_WEB_DIST: '/nonexistent',
      DATABASE_POOL_SIZE: '2',
      LOG_LEVEL: 'silent',
    });
    const again = await createHttpApp({ config, queuePrefix: `${t.queuePrefix}-again` }, { quiet: true });
    await again.init();
    try {
      expect(await counts()).toEqual(before);
    } finally {
      await again.close();
    }
    expect(await t.app.get(AuditService).verify()).toEqual({ ok: true, entries: expect.any(Number) });
  });
});
