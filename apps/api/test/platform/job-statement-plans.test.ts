// The per-job statements that look rows up in `jobs` (the relay's claim, the completion marks) are planned on every run.
// A plan kept from when the table was nearly empty (a new deployment; the benchmark's rounds) reads the whole table
// for every claim or batch of completions as it grows: 36–62 ms a claim at 7,000 jobs, 670 of 1,125 completion
// batches hashing the whole table. This test fails if either is made a kept prepared statement again.
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { InlineDriver } from '../../src/jobs/drivers/inline-driver';
import { JobRegistry } from '../../src/jobs/job-registry';
import { JobRunner } from '../../src/jobs/job-runner';
import { OutboxRelay } from '../../src/jobs/outbox-relay';
import { createTestDatabase } from '../support/test-database';

describe('per-job statements on a table that grew after their first run', () => {
  let database: { url: string; drop: () => Promise<void> };
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    // One connection, so that every run of a statement meets the plan an earlier run left on it.
    dataSource = new DataSource(dataSourceOptions(database.url, 1));
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  /** Sequential scans of `jobs` so far, as the statistics (flushed for this connection first) count them. */
  async function sequentialScans(): Promise<number> {
    await dataSource.query(`SELECT pg_stat_force_next_flush()`);
    await dataSource.query(`SELECT 1`);
    await dataSource.query(`SELECT pg_stat_clear_snapshot()`);
    const [{ scans }] = await dataSource.query(`SELECT seq_scan::int AS scans FROM pg_stat_user_tables WHERE relname = 'jobs'`);
    return scans;
  }

  async function grow(): Promise<void> {
    await dataSource.query(
      `INSERT INTO jobs (name, queue, payload, status) SELECT 'test.noop', 'default', '{}', 'completed' FROM generate_series(1, 5000)`,
    );
  }

  it('claims by index, not by reading the whole table', async () => {
    await dataSource.query(`TRUNCATE jobs`);
    const sent: string[] = [];
    const driver = new InlineDriver({ attempts: 1, backoffMs: 1, concurrency: { default: 1, documents: 1, imports: 1 }, enqueueScheduled: async () => undefined });
    driver.dispatch = async (rows) => void sent.push(...rows.map((row) => row.id));
    const relay = new OutboxRelay(dataSource, driver, 60_000);
    expect(await relay.flush()).toBe(0);
    await grow();
    const [{ id }] = await dataSource.query(`INSERT INTO jobs (name, queue, payload) VALUES ('test.noop', 'default', '{}') RETURNING id`);
    const before = await sequentialScans();
    expect(await relay.flush()).toBe(1);
    expect(sent).toEqual([id]);
    expect(await sequentialScans()).toBe(before);
  });

  it('marks completions by index, not by hashing the whole table', async () => {
    await dataSource.query(`TRUNCATE jobs`);
    const registry = new JobRegistry({ 'test.noop': { queue: 'default' } });
    registry.register('test.noop', async () => 'done');
    const runner = new JobRunner(dataSource, registry);
    const run = async () => {
      const [{ id }] = await dataSource.query(`INSERT INTO jobs (name, queue, payload, status) VALUES ('test.noop', 'default', '{}', 'queued') RETURNING id`);
      await runner.run({ id, name: 'test.noop', payload: {}, attempt: 1, maxAttempts: 1 });
      return id as string;
    };
    // More runs than PostgreSQL makes custom plans for before it may keep a generic one.
    for (let n = 0; n < 8; n += 1) await run();
    await grow();
    const before = await sequentialScans();
    const id = await run();
    expect(await sequentialScans()).toBe(before);
    const [job] = await dataSource.query(`SELECT status, result FROM jobs WHERE id = $1`, [id]);
    expect(job).toEqual({ status: 'completed', result: 'done' });
  });
});
