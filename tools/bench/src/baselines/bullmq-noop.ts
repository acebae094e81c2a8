// Baseline of the jobs benchmark: the same no-op jobs straight through BullMQ, with the options the API's BullMQ
// driver gives its jobs and workers. ROLE=worker consumes until SIGTERM; ROLE=producer adds JOBS jobs, CONCURRENCY
// at a time, waits until they have all completed and prints the timings as one JSON line.
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue, Worker, type ConnectionOptions } from 'bullmq';

const QUEUE = 'default';
const DAY_S = 24 * 60 * 60;

function connection(forWorker: boolean): ConnectionOptions {
  const url = new URL(process.env.REDIS_URL!);
  return { host: url.hostname, port: Number(url.port || 6379), db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0, maxRetriesPerRequest: forWorker ? null : 1 };
}

async function work(): Promise<void> {
  const worker = new Worker(QUEUE, async () => undefined, {
    connection: connection(true), concurrency: Number(process.env.CONCURRENCY), lockDuration: 30_000, stalledInterval: 30_000, maxStalledCount: 2,
  });
  await worker.waitUntilReady();
  console.log('worker ready');
  process.once('SIGTERM', () => void worker.close().then(() => process.exit(0)));
}

async function produce(): Promise<void> {
  const total = Number(process.env.JOBS);
  const concurrency = Number(process.env.CONCURRENCY);
  const queue = new Queue(QUEUE, { connection: connection(false) });
  await queue.waitUntilReady();
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next += 1;
        await queue.add('bench.noop', {}, {
          attempts: 5, backoff: { type: 'exponential', delay: 2000 }, removeOnComplete: { age: DAY_S, count: 10_000 }, removeOnFail: { age: 14 * DAY_S, count: 50_000 },
        });
      }
    }),
  );
  const added = performance.now();
  // Polled like the outbox side polls its jobs table (the events stream is trimmed and could drop completions).
  while ((await queue.getCompletedCount()) < total) await sleep(20);
  const done = performance.now();
  console.log(JSON.stringify({ jobs: total, addSeconds: (added - started) / 1000, seconds: (done - started) / 1000 }));
  await queue.close();
}

(process.env.ROLE === 'worker' ? work() : produce()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
