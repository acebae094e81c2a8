// jobs: no-op jobs end to end through the platform — an outbox row committed per job (as requests do), the relay,
// BullMQ, two worker processes with the job runner's bookkeeping — against the same jobs added and processed with
// raw BullMQ by two worker processes of the same concurrency. Goal: ≥ 0.5 of the baseline's jobs/s.
import path from 'node:path';
import pg from 'pg';
import { lastJsonLine, runToEnd, startProcess, waitForLog, type RunningProcess } from '../processes.js';
import type { BenchContext } from '../run/bench-context.js';
import { ratioAtLeast, type BenchmarkResult } from '../run/results.js';
import type { ProducerTiming as Timing } from '../jobs/producer-loop.js';

const JOBS = 3000;
/**
 * Jobs each round first runs untimed through its fresh processes (see producer-loop.ts). The Daikou side has more code
 * on a job's path for V8 to optimise (pg, the runner's bookkeeping): after 1,000 jobs its workers still compiled, and
 * medians were 0.45–0.61; 3,000 (both sides) come closer to processes that have run for days. Warm-up and timed jobs
 * stay under the 10,000 completed jobs BullMQ keeps (the baseline counts them there).
 */
const WARMUP = 3000;
/** Jobs being added at once: like as many requests committing a change with a job. */
const PRODUCERS = 8;
const WORKERS = 2;
/** The API's default concurrency of the `default` queue, per worker process. */
const WORKER_CONCURRENCY = 4;
// Paired rounds, the median pair reported: on a shared machine a slow moment hits one side of one round. Single rounds
// ranged 0.41–0.66 between identical runs, and medians of 5 rounds 0.45–0.61; 7 narrow the median.
const ROUNDS = 7;

const script = (relative: string) => path.join(__dirname, '..', relative);
const rate = (t: Timing) => t.jobs / t.seconds;
const describe = (t: Timing) => `${Math.round(rate(t))} jobs/s (${t.jobs} in ${t.seconds.toFixed(2)} s)`;

async function withWorkers<T>(context: BenchContext, start: (n: number) => RunningProcess, run: () => Promise<T>): Promise<T> {
  const workers = Array.from({ length: WORKERS }, (_, n) => context.track(start(n)));
  try {
    await Promise.all(workers.map((worker) => waitForLog(worker, 'worker ready')));
    return await run();
  } finally {
    await Promise.all(workers.map((worker) => context.stop(worker)));
  }
}

async function baselineRound(context: BenchContext, round: number): Promise<Timing> {
  await context.flushRedis();
  const env = { PATH: process.env.PATH, REDIS_URL: context.redisUrl };
  return withWorkers(
    context,
    (n) => startProcess(`raw BullMQ worker ${n + 1}`, process.execPath, [script('baselines/bullmq-noop.js')], { ...env, ROLE: 'worker', CONCURRENCY: String(WORKER_CONCURRENCY) }, path.join(context.workDir, `bullmq-worker-${round}-${n}.log`)),
    async () => {
      const log = path.join(context.workDir, `bullmq-producer-${round}.log`);
      await runToEnd('raw BullMQ producer', process.execPath, [script('baselines/bullmq-noop.js')], { ...env, ROLE: 'producer', JOBS: String(JOBS), WARMUP: String(WARMUP), CONCURRENCY: String(PRODUCERS) }, log);
      return lastJsonLine<Timing>(log);
    },
  );
}

async function daikouRound(context: BenchContext, databaseUrl: string, round: number): Promise<Timing> {
  await context.flushRedis();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  // Every round on an empty table, as the baseline's on a flushed Redis (the scratch database holds only these jobs).
  await client.query(`TRUNCATE jobs`).finally(() => client.end());
  const env = context.appEnv(databaseUrl, { LOG_LEVEL: 'warn' });
  return withWorkers(
    context,
    (n) => startProcess(`Daikou worker ${n + 1}`, process.execPath, [script('jobs/daikou-worker.js')], env, path.join(context.workDir, `daikou-worker-${round}-${n}.log`)),
    async () => {
      const log = path.join(context.workDir, `daikou-producer-${round}.log`);
      await runToEnd('Daikou producer', process.execPath, [script('jobs/daikou-producer.js')], { ...env, JOBS: String(JOBS), WARMUP: String(WARMUP), CONCURRENCY: String(PRODUCERS) }, log);
      return lastJsonLine<Timing>(log);
    },
  );
}

export async function jobsBenchmark(context: BenchContext): Promise<BenchmarkResult> {
  const startedAt = new Date();
  // The jobs do not read the dataset: an empty migrated database, so the jobs table holds only this run's jobs.
  const databaseUrl = await context.scratchDatabase(null);
  const rounds: { daikou: Timing; baseline: Timing }[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    // Each side goes first in turn, so neither always meets the machine warmer or busier.
    const first = round % 2 === 0 ? await baselineRound(context, round) : await daikouRound(context, databaseUrl, round);
    const second = round % 2 === 0 ? await daikouRound(context, databaseUrl, round) : await baselineRound(context, round);
    const [baseline, daikou] = round % 2 === 0 ? [first, second] : [second, first];
    context.log(`jobs: round ${round + 1}: outbox → relay → BullMQ → workers ${describe(daikou)}; raw BullMQ ${describe(baseline)}; ratio ${(rate(daikou) / rate(baseline)).toFixed(2)}`);
    rounds.push({ daikou, baseline });
  }
  const byRatio = [...rounds].sort((a, b) => rate(a.daikou) / rate(a.baseline) - rate(b.daikou) / rate(b.baseline));
  const { daikou, baseline } = byRatio[Math.floor(byRatio.length / 2)]!;
  return {
    name: 'jobs',
    startedAt: startedAt.toISOString(),
    seconds: (Date.now() - startedAt.getTime()) / 1000,
    measurements: [
      ratioAtLeast('jobs', `${JOBS} no-op jobs after ${WARMUP} untimed, ${WORKERS} workers × ${WORKER_CONCURRENCY}, added ${PRODUCERS} at a time (median of ${ROUNDS} paired rounds)`, { value: rate(daikou), text: describe(daikou) }, { value: rate(baseline), text: describe(baseline) }, 0.5),
    ],
    details: { jobs: JOBS, warmup: WARMUP, producers: PRODUCERS, workers: WORKERS, workerConcurrency: WORKER_CONCURRENCY, rounds },
  };
}
