// Scaled mode under failure: a worker killed mid-job, and Redis down while jobs are written.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { JOB_DEFINITIONS } from '../../src/jobs/job-definitions';
import { startTestApp, type TestApp } from '../support/test-app';
import { EFFECTS_TABLE } from '../support/test-jobs';
import { freePort } from '../support/ports';
import { waitFor } from '../support/wait';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'test-worker.cjs');
const TEST_DEFINITIONS = { ...JOB_DEFINITIONS, 'test.slow': { queue: 'default' as const } };
const unused = async () => undefined;

function startWorker(t: TestApp, redisUrl: string, name: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [FIXTURE, t.databaseUrl, redisUrl, t.queuePrefix, name], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (data: Buffer) => data.toString().includes('ready') && resolve(child));
    child.once('exit', (code) => reject(new Error(`worker ${name} exited with ${code}`)));
  });
}

async function stop(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}


async function effectRows(t: TestApp, marker: string): Promise<{ worker: string }[]> {
  return t.dataSource.query(`SELECT worker FROM test_effects WHERE marker = $1`, [marker]);
}

async function jobRow(t: TestApp, id: string): Promise<{ status: string; attempts: number }> {
  return (await t.dataSource.query(`SELECT status, attempts FROM jobs WHERE id = $1`, [id]))[0];
}

describe('a worker killed in the middle of a job', () => {
  let t: TestApp;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    t = await startTestApp({ redis: true, demo: false, jobDefinitions: TEST_DEFINITIONS, jobHandlers: { 'test.slow': unused } });
    await t.dataSource.query(EFFECTS_TABLE);
  });

  afterAll(async () => {
    await Promise.all(workers.map(stop));
    await t?.close();
  });

  it('is run again by another worker, and its effect happens once', async () => {
    const first = await startWorker(t, process.env.TEST_REDIS_URL!, 'first');
    workers.push(first);
    const id = await t.jobs.enqueueNow('test.slow', { marker: 'killed', sleepMs: 4000 });
    await waitFor('the first worker to start the job', async () => (await jobRow(t, id))?.status === 'running');
    first.kill('SIGKILL');
    await once(first, 'exit');

    workers.push(await startWorker(t, process.env.TEST_REDIS_URL!, 'second'));
    await waitFor('the job to complete on the second worker', async () => (await jobRow(t, id))?.status === 'completed', 40_000);
    expect(await effectRows(t, 'killed')).toEqual([{ worker: 'second' }]);
    expect((await jobRow(t, id)).attempts).toBeGreaterThanOrEqual(2);
  });

  it('shares work between two workers with nothing lost and nothing done twice', async () => {
    workers.push(await startWorker(t, process.env.TEST_REDIS_URL!, 'third'));
    const ids = await t.dataSource.transaction(async (manager) => {
      const created: string[] = [];
      for (let i = 0; i < 40; i++) created.push(await t.jobs.addUntyped(manager, 'test.slow', { marker: `shared-${i}`, sleepMs: 20 }));
      return created;
    });
    await waitFor('all 40 jobs to complete', async () => {
      const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM jobs WHERE id = ANY($1::uuid[]) AND status = 'completed'`, [ids]);
      return rows[0].n === 40;
    }, 40_000);
    const rows: { marker: string; worker: string }[] = await t.dataSource.query(`SELECT marker, worker FROM test_effects WHERE marker LIKE 'shared-%'`);
    expect(rows).toHaveLength(40);
    expect(new Set(rows.map((r) => r.marker)).size).toBe(40);
  });
});

describe('Redis down while jobs are written', () => {
  let t: TestApp;
  let redis: ChildProcess | null = null;
  let worker: ChildProcess | null = null;
  let redisUrl: string;
  let port: number;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'daikou-redis-'));

  async function startRedis(): Promise<void> {
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
    await waitFor('redis to accept connections', async () => {
      const socket = net.connect(port, '127.0.0.1');
      // events.once rejects when 'error' comes first: a refused connection means "not yet".
      const ok = await once(socket, 'connect').then(() => true, () => false);
      socket.destroy();
      return ok;
    });
  }

  beforeAll(async () => {
    port = await freePort();
    redisUrl = `redis://127.0.0.1:${port}`;
    await startRedis();
    t = await startTestApp({
      redis: true,
      demo: false,
      env: { REDIS_URL: redisUrl },
      jobDefinitions: TEST_DEFINITIONS,
      jobHandlers: { 'test.slow': unused },
    });
    await t.dataSource.query(EFFECTS_TABLE);
  });

  afterAll(async () => {
    await stop(worker);
    await t?.close();
    await stop(redis);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the jobs pending, answers 503 on health, and delivers them once Redis is back', async () => {
    await stop(redis);
    const ids = await t.dataSource.transaction(async (manager) => [
      await t.jobs.addUntyped(manager, 'test.slow', { marker: 'outage-1', sleepMs: 1 }),
      await t.jobs.addUntyped(manager, 'test.slow', { marker: 'outage-2', sleepMs: 1 }),
    ]);
    // The relay tries (and gives up after its 5 s dispatch bound); the rows must still be pending afterwards.
    await new Promise((resolve) => setTimeout(resolve, 6500));
    expect((await jobRow(t, ids[0]!)).status).toBe('pending');
    expect((await jobRow(t, ids[1]!)).status).toBe('pending');
    const health = await t.http.get('/api/health');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'degraded', database: 'up', queue: 'bullmq' });

    await startRedis();
    worker = await startWorker(t, redisUrl, 'after-outage');
    await waitFor('both jobs to complete', async () => {
      const rows = await Promise.all(ids.map((id) => jobRow(t, id)));
      return rows.every((row) => row.status === 'completed');
    }, 40_000);
    expect((await effectRows(t, 'outage-1')).length + (await effectRows(t, 'outage-2')).length).toBe(2);
    await t.http.get('/api/health').expect(200);
  });
});
