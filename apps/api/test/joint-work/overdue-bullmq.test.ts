// The overdue job under the BullMQ driver: the API process only relays, a worker process runs the check, and the
// owner's officers are told once per occurrence however often (and however concurrently) the check runs.
import type { INestApplicationContext } from '@nestjs/common';
import { walker, type Walker } from '../support/partnership-walk';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait';
import { startWorkerApp } from '../support/worker-app';

describe('overdue commitments with the bullmq driver', () => {
  let t: TestApp;
  let w: Walker;
  let worker: INestApplicationContext | null = null;

  beforeAll(async () => {
    t = await startTestApp({ redis: true });
    w = await walker(t);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  const runCheck = () => t.jobs.enqueueNow('commitments.mark_overdue', {});
  const completed = (ids: string[]) =>
    waitFor('the overdue checks to complete', async () => {
      const rows: { status: string }[] = await t.dataSource.query(`SELECT status FROM jobs WHERE id = ANY($1::uuid[])`, [ids]);
      if (rows.some((r) => r.status === 'failed')) throw new Error('an overdue check failed');
      return rows.length === ids.length && rows.every((r) => r.status === 'completed');
    });
  const notices = async (commitmentId: string) =>
    (await t.dataSource.query(
      `SELECT n.user_id AS "userId", o.id AS "occurrenceId"
         FROM notifications n JOIN commitment_occurrences o ON n.dedupe_key LIKE 'overdue:' || o.id || ':%'
        WHERE n.kind = 'commitment_overdue' AND o.commitment_id = $1`,
      [commitmentId],
    )) as { userId: string; occurrenceId: string }[];

  it('marks each overdue occurrence and tells each of the owner’s officers once, though the check runs three times', async () => {
    const id = await w.activePartnership();
    const province = w.orgs['Takéo Provincial Administration']!;
    const commitment = await w.as('sna').post(`/api/partnerships/${id}/commitments`, {
      title: 'Publish the monthly health-centre budget', ownerOrganizationId: province, dueDate: '2026-01-05', recurrence: 'monthly',
    }).expect(201);
    const commitmentId = commitment.body.id as string;
    // The other side says the first occurrence was not kept and the owner has not rated: it is overdue too.
    await w.as('cso').post(`/api/commitments/${commitmentId}/ratings`, { period: '2026-01-05', rating: 'not_kept' }).expect(201);

    // Two checks queued at once, before any worker exists: the API process does not run them.
    const first = await Promise.all([runCheck(), runCheck()]);
    expect(t.jobs.consumes).toBe(false);
    await waitFor('both checks to be handed to the queue', async () => {
      const rows: { status: string }[] = await t.dataSource.query(`SELECT status FROM jobs WHERE id = ANY($1::uuid[])`, [first]);
      return rows.length === 2 && rows.every((r) => r.status === 'queued');
    });

    worker = await startWorkerApp(t);
    await completed(first);
    const board = await w.as('sna').get(`/api/partnerships/${id}/commitments`).expect(200);
    const overdue = (board.body[0].occurrences as { dueDate: string; status: string }[]).filter((o) => o.status === 'overdue');
    // Today is after at least the first due date (the partnership runs 2026–2027 and the suite runs after 2026-01).
    expect(overdue.length).toBeGreaterThan(0);
    const officers: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM users WHERE organization_id = $1 AND active AND role IN ('sna_officer', 'cso_officer')`,
      [province],
    );
    expect(officers.length).toBeGreaterThan(0);
    const afterFirst = await notices(commitmentId);
    expect(afterFirst).toHaveLength(overdue.length * officers.length);
    expect(new Set(afterFirst.map((n) => `${n.occurrenceId}:${n.userId}`)).size).toBe(afterFirst.length);
    const flagged: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM commitment_occurrences WHERE commitment_id = $1 AND overdue_notified_at IS NOT NULL`,
      [commitmentId],
    );
    expect(flagged[0]!.n).toBe(overdue.length);
    // Nobody outside the owning organisation is told.
    const strangers: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE n.kind = 'commitment_overdue' AND u.organization_id <> $1`,
      [province],
    );
    expect(strangers[0]!.n).toBe(0);

    await completed([await runCheck()]);
    expect(await notices(commitmentId)).toHaveLength(afterFirst.length);
  });
});

/** A worker-role application on the same database and queue prefix (what `pnpm start:worker` runs). */
