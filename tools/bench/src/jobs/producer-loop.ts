// The producing side of both sides of the jobs benchmark, so that they cannot drift apart: a warm-up the timing leaves
// out, then the timed jobs, each added CONCURRENCY at a time, and the wait until all are completed.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ProducerTiming {
  jobs: number;
  addSeconds: number;
  seconds: number;
}

export interface ProducerSide {
  /** Adds one job and resolves once it is accepted (committed, or in Redis). */
  add(): Promise<unknown>;
  /** How many jobs of the benchmark have completed so far. */
  completed(): Promise<number>;
}

async function addMany(side: ProducerSide, count: number, concurrency: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next += 1;
        await side.add();
      }
    }),
  );
}

/** Polled (both sides alike): BullMQ's events stream is trimmed and could drop completions. */
async function completedAtLeast(side: ProducerSide, count: number): Promise<void> {
  while ((await side.completed()) < count) await sleep(20);
}

/**
 * Runs WARMUP jobs untimed first: the processes of both sides are new in every round, and a worker fleet runs for days,
 * so what is timed is jobs through running processes rather than V8 compiling each side's code for the first time.
 */
export async function produce(side: ProducerSide, env: NodeJS.ProcessEnv = process.env): Promise<ProducerTiming> {
  const total = Number(env.JOBS);
  const warmup = Number(env.WARMUP ?? 0);
  const concurrency = Number(env.CONCURRENCY);
  if (warmup > 0) {
    await addMany(side, warmup, concurrency);
    await completedAtLeast(side, warmup);
  }
  const started = performance.now();
  await addMany(side, total, concurrency);
  const added = performance.now();
  await completedAtLeast(side, warmup + total);
  const done = performance.now();
  return { jobs: total, addSeconds: (added - started) / 1000, seconds: (done - started) / 1000 };
}
