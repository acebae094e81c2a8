// The transactional outbox under both drivers: committed change → exactly one run; rolled back → none;
// retries with backoff; failures kept and visible.
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config/config';
import { startTestApp, type TestApp } from '../support/test-app';
import { EFFECTS_TABLE, TEST_JOB_DEFINITIONS, effectHandler, flakyHandler, turnHandler, turns } from '../support/test-jobs';
import { waitFor } from '../support/wait';

describe.each([
  ['inline', false],
  ['bullmq', true],
])('outbox with the %s driver', (driver, redis) => {
  let t: TestApp;
  let worker: TestApp | null = null;

  beforeAll(async () => {
    t = await startTestApp({
      redis,
      jobDefinitions: TEST_JOB_DEFINITIONS,
      env: { DAIKOU_JOB_ATTEMPTS: '3' },
      jobHandlers: { 'test.effect': effectHandler(), 'test.flaky': flakyHandler(), 'test.tick': effectHandler(), 'test.turn': turnHandler() },
    });
    await t.dataSource.query(EFFECTS_TABLE);
  });

  afterAll(async () => {
    await t?.close();
  });

  async function effects(marker: string): Promise<number> {
    const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM test_effects WHERE marker = $1`, [marker]);
    return rows[0].n;
  }

  async function jobStatus(id: string) {
    const rows = await t.dataSource.query(`SELECT status, attempts, progress, result, error FROM jobs WHERE id = $1`, [id]);
    return rows[0];
  }

  it('reports its queue kind in /api/health', async () => {
    const response = await t.http.get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up', queue: driver });
  });

  it('runs a job caused by a committed change exactly once', async () => {
    if (redis) expect(t.jobs.consumes).toBe(false);
    const id = await t.dataSource.transaction((manager) => t.jobs.addUntyped(manager, 'test.effect', { marker: 'committed' }));
    if (redis) {
      // The API process only relays; a worker role consumes (here: the jobs service of a second app context).
      worker = await startWorkerFor(t);
    }
    await waitFor('the job to complete', async () => (await jobStatus(id))?.status === 'completed');
    const job = await jobStatus(id);
    expect(job).toMatchObject({ status: 'completed', attempts: 1, progress: { done: 2, total: 2 }, result: { marker: 'committed' } });
    expect(await effects('committed')).toBe(1);
  });

  it('causes no job when the change rolls back', async () => {
    await expect(
      t.dataSource.transaction(async (manager) => {
        await t.jobs.addUntyped(manager, 'test.effect', { marker: 'rolled-back' });
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    await t.jobs.flush();
    const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM jobs WHERE payload->>'marker' = 'rolled-back'`);
    expect(rows[0].n).toBe(0);
    expect(await effects('rolled-back')).toBe(0);
  });

  it('retries a failing job with backoff until it succeeds', async () => {
    const id = await t.jobs.enqueueNow('test.flaky', { failTimes: 2 });
    await waitFor('the flaky job to complete', async () => (await jobStatus(id))?.status === 'completed');
    expect(await jobStatus(id)).toMatchObject({ status: 'completed', attempts: 3, result: { attempts: 3 } });
  });

  it('keeps a job that failed every attempt, with its error', async () => {
    const id = await t.jobs.enqueueNow('test.flaky', { failTimes: 99 });
    await waitFor('the job to fail', async () => (await jobStatus(id))?.status === 'failed');
    expect(await jobStatus(id)).toMatchObject({ status: 'failed', attempts: 3, error: 'planned failure 3' });
  });

  it("runs no more of a queue's jobs at once than its concurrency, though a worker takes more of them", async () => {
    turns.reset();
    const ids = await Promise.all(Array.from({ length: 12 }, () => t.jobs.enqueueNow('test.turn', {})));
    await waitFor('the jobs to complete', async () => (await Promise.all(ids.map(jobStatus))).every((job) => job?.status === 'completed'));
    // The default queue's concurrency (DAIKOU_QUEUE_CONCURRENCY) is 4.
    expect(turns.most).toBe(4);
  });

  it('does not repeat an effect when the same job is delivered twice', async () => {
    const id = await t.jobs.enqueueNow('test.effect', { marker: 'twice' });
    await waitFor('the job to complete', async () => (await jobStatus(id))?.status === 'completed');
    // A second delivery of the same outbox row (as after a crash between send and mark) changes nothing.
    await t.dataSource.query(`UPDATE jobs SET status = 'pending' WHERE id = $1`, [id]);
    await t.jobs.flush();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await effects('twice')).toBe(1);
  });

  it('shows a job to whoever requested it (GET /api/jobs/:id) and to nobody else', async () => {
    const token = await t.login('cso@daikou.demo');
    const me = await t.http.get('/api/auth/me').auth(token, { type: 'bearer' }).expect(200);
    const id = await t.dataSource.transaction((manager) =>
      t.jobs.addUntyped(manager, 'test.effect', { marker: 'visible' }, { requestedBy: me.body.id }),
    );
    await waitFor('the job to complete', async () => (await jobStatus(id))?.status === 'completed');
    const own = await t.http.get(`/api/jobs/${id}`).auth(token, { type: 'bearer' }).expect(200);
    expect(own.body).toMatchObject({ id, status: 'completed', progress: { done: 2, total: 2 }, result: { marker: 'visible' } });
    const other = await t.login('sna@daikou.demo');
    const refused = await t.http.get(`/api/jobs/${id}`).auth(other, { type: 'bearer' }).expect(404);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    await t.http.get(`/api/jobs/${id}`).expect(401);
  });

  it('runs scheduled work repeatedly', async () => {
    await waitFor('three scheduled runs', async () => (await effects('tick')) >= 3, 30_000);
  });

  afterAll(async () => {
    await worker?.app.close();
  });
});

/** A worker-role application on the same database and queue prefix (what `pnpm start:worker` runs). */
async function startWorkerFor(api: TestApp): Promise<TestApp> {
  const config = loadConfig({
    DATABASE_URL: api.databaseUrl,
    REDIS_URL: process.env.TEST_REDIS_URL,
    DAIKOU_DATA_DIR: '/nonexistent',
    DAIKOU_JOB_ATTEMPTS: '3',
    DAIKOU_JOB_BACKOFF_MS: '50',
    DAIKOU_RELAY_INTERVAL_MS: '200',
    LOG_LEVEL: 'silent',
  });
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({
      config,
      role: 'worker',
      jobDefinitions: TEST_JOB_DEFINITIONS,
      jobHandlers: { 'test.effect': effectHandler('worker'), 'test.flaky': flakyHandler(), 'test.tick': effectHandler('worker'), 'test.turn': turnHandler() },
      queuePrefix: api.queuePrefix,
    }),
    { logger: false },
  );
  await app.init();
  return { ...api, app: app as never };
}
