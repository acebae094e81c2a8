// The scheduled lifecycle work: completion at the end date (by the system, once) and reminders (once per person and period).
import { STATUS_LABELS } from '@daikou/domain';
import type { INestApplicationContext } from '@nestjs/common';
import { startTestApp, type TestApp } from '../support/test-app';
import { startWorkerApp } from '../support/worker-app';
import { waitFor } from '../support/wait';
import { demoSession, type DemoSession } from './demo-partnership';

describe.each([
  ['inline', false],
  ['bullmq', true],
])('scheduled lifecycle jobs with the %s driver', (_driver, redis) => {
  let t: TestApp;
  let demo: DemoSession;
  let worker: INestApplicationContext | undefined;

  beforeAll(async () => {
    t = await startTestApp({ redis });
    // With BullMQ the API only relays; a worker process runs the jobs.
    if (redis) worker = await startWorkerApp(t);
    demo = await demoSession(t);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  /** Runs a scheduled job now, through the outbox like a timer tick, and returns its result. */
  async function run(name: 'partnerships.complete_due' | 'partnerships.remind_stalled'): Promise<unknown> {
    const jobId = await t.jobs.enqueueNow(name, {});
    const job = await waitFor(`${name} to finish`, async () => {
      const rows: { status: string; result: unknown; error: string | null }[] = await t.dataSource.query(
        `SELECT status, result, error FROM jobs WHERE id = $1`,
        [jobId],
      );
      return ['completed', 'failed'].includes(rows[0]!.status) && rows[0];
    });
    expect(job).toMatchObject({ status: 'completed' });
    return job.result;
  }

  it('completes an active partnership past its end date, as the system, once', async () => {
    const ended = await demo.createDraft({ startDate: '2024-01-01', endDate: '2025-06-30' });
    const running = await demo.createDraft();
    await demo.activate(ended);
    await demo.activate(running);

    expect(await run('partnerships.complete_due')).toEqual({ due: 1, completed: 1 });
    expect((await demo.as('sna').get(`/api/partnerships/${ended}`).expect(200)).body.status).toBe('completed');
    expect((await demo.as('sna').get(`/api/partnerships/${running}`).expect(200)).body.status).toBe('active');
    expect(await run('partnerships.complete_due')).toEqual({ due: 0, completed: 0 });

    const history = (await demo.as('sna').get(`/api/partnerships/${ended}/history`).expect(200)).body;
    const completions = history.filter((h: { action: string }) => h.action === 'complete');
    expect(completions).toEqual([expect.objectContaining({ from: 'active', to: 'completed', actorId: null, comment: 'End date reached' })]);
    // The reviewer now has to close it; the system's action is no one's own, so every party officer hears of it.
    const told: { user_id: string; kind: string }[] = await t.dataSource.query(
      `SELECT user_id, kind FROM notifications WHERE partnership_id = $1 AND title_en LIKE $2`,
      [ended, `% moved to ${STATUS_LABELS.completed.en}`],
    );
    expect(told).toHaveLength(5);
    expect(told.find((n) => n.user_id === demo.userIds.reviewer)).toMatchObject({ kind: 'action_required' });
  });

  it('reminds each person the step waits for once per period, and nobody of a fresh one', async () => {
    const stalled = await demo.createDraft();
    // A fresh draft too: it has waited no time and must not be reminded of.
    await demo.createDraft();
    await t.dataSource.query(`UPDATE partnerships SET status_since = now() - interval '8 days' WHERE id = $1`, [stalled]);

    expect(await run('partnerships.remind_stalled')).toEqual({ reminders: 4 });
    expect(await run('partnerships.remind_stalled')).toEqual({ reminders: 0 });

    const reminders: { user_id: string; partnership_id: string; title_en: string; body_en: string }[] = await t.dataSource.query(
      `SELECT user_id, partnership_id, title_en, body_en FROM notifications WHERE kind = 'reminder'`,
    );
    expect(reminders.every((r) => r.partnership_id === stalled)).toBe(true);
    const { sna, cso } = demo.userIds;
    expect(reminders.map((r) => r.user_id).sort()).toEqual(
      [sna, demo.userIds['sna.signatory'], cso, demo.userIds['cso.signatory']].sort(),
    );
    expect(reminders[0]).toMatchObject({ title_en: expect.stringContaining('for 8 days'), body_en: 'Awaiting you: Submit proposal.' });

    // A later period reminds again, once.
    await t.dataSource.query(`UPDATE partnerships SET status_since = status_since - interval '7 days' WHERE id = $1`, [stalled]);
    expect(await run('partnerships.remind_stalled')).toEqual({ reminders: 4 });
    expect(await run('partnerships.remind_stalled')).toEqual({ reminders: 0 });
  });
});
