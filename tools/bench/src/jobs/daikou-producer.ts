// Adds the benchmark's no-op jobs the way a busy API does — each in its own transaction through the outbox, CONCURRENCY
// at a time (after an untimed warm-up) — then waits until the workers have completed them all, and prints the timings
// as one JSON line.
import pg from 'pg';
import { NOOP_JOB, startDaikouApp } from './daikou-app.js';
import { produce } from './producer-loop.js';

async function main(): Promise<void> {
  const { app, jobs } = await startDaikouApp('api', { schedules: false });
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    // Only the jobs not yet seen completed are looked up (by primary key), so that polling costs PostgreSQL about what
    // the baseline's count costs Redis; counting the whole table every 20 ms took 6% of PostgreSQL's time.
    const outstanding = new Set<string>();
    let added = 0;
    const timing = await produce({
      add: async () => {
        outstanding.add(await jobs.enqueueNow(NOOP_JOB, {}));
        added += 1;
      },
      completed: async () => {
        const { rows } = await client.query<{ id: string }>(`SELECT id FROM jobs WHERE id = ANY($1::uuid[]) AND status = 'completed'`, [[...outstanding]]);
        for (const { id } of rows) outstanding.delete(id);
        return added - outstanding.size;
      },
    });
    console.log(JSON.stringify(timing));
  } finally {
    await client.end();
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
