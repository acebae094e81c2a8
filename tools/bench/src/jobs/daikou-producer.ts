// Adds JOBS no-op jobs the way a busy API does — each in its own transaction through the outbox, CONCURRENCY at a
// time — then waits until the workers have completed them all, and prints the timings as one JSON line.
import pg from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';
import { NOOP_JOB, startDaikouApp } from './daikou-app.js';

async function main(): Promise<void> {
  const total = Number(process.env.JOBS);
  const concurrency = Number(process.env.CONCURRENCY);
  const { app, jobs } = await startDaikouApp('api', { schedules: false });
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < total) {
          next += 1;
          await jobs.enqueueNow(NOOP_JOB, {});
        }
      }),
    );
    const added = performance.now();
    for (;;) {
      const [{ done } = { done: 0 }] = (await client.query(`SELECT count(*)::int AS done FROM jobs WHERE name = $1 AND status = 'completed'`, [NOOP_JOB])).rows as { done: number }[];
      if (done >= total) break;
      await sleep(20);
    }
    const completed = performance.now();
    console.log(JSON.stringify({ jobs: total, addSeconds: (added - started) / 1000, seconds: (completed - started) / 1000 }));
  } finally {
    await client.end();
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
