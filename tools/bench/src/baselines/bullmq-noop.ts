// Baseline of the jobs benchmark: the same no-op jobs straight through BullMQ, with the options the API's BullMQ
// driver gives its jobs and workers. ROLE=worker consumes until SIGTERM; ROLE=producer adds WARMUP then JOBS jobs,
// CONCURRENCY at a time, waits until they have all completed and prints the timings as one JSON line.
import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import { produce } from '../jobs/producer-loop.js';

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

async function produceAll(): Promise<void> {
  const queue = new Queue(QUEUE, { connection: connection(false) });
  await queue.waitUntilReady();
  const timing = await produce({
    add: () => queue.add('bench.noop', {}, {
      attempts: 5, backoff: { type: 'exponential', delay: 2000 }, removeOnComplete: { age: DAY_S, count: 10_000 }, removeOnFail: { age: 14 * DAY_S, count: 50_000 },
    }),
    // Kept completed jobs are capped at 10,000 (the driver's removeOnComplete): warm-up and timed jobs stay under it.
    completed: () => queue.getCompletedCount(),
  });
  console.log(JSON.stringify(timing));
  await queue.close();
}

(process.env.ROLE === 'worker' ? work() : produceAll()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
