// Job definitions used only by the jobs tests: the application's jobs plus ones with observable effects.
import { JOB_DEFINITIONS, type JobDefinitions } from '../../src/jobs/job-definitions';
import type { JobContext } from '../../src/jobs/job-registry';

export const TEST_JOB_DEFINITIONS: JobDefinitions = {
  ...JOB_DEFINITIONS,
  'test.effect': { queue: 'default' },
  'test.flaky': { queue: 'default' },
  'test.tick': { queue: 'default', schedule: { everyMs: 300, payload: { marker: 'tick' } } },
  'test.turn': { queue: 'default' },
};

export const EFFECTS_TABLE = `CREATE TABLE IF NOT EXISTS test_effects (marker text NOT NULL, job_id text NOT NULL, worker text)`;

/** Inserts one row per effect, inside the job's once-only transaction. */
export function effectHandler(worker = 'api') {
  return async (payload: { marker: string; sleepMs?: number }, context: JobContext) => {
    await context.progress(1, 2);
    await context.once(async (manager) => {
      await manager.query(`INSERT INTO test_effects (marker, job_id, worker) VALUES ($1, $2, $3)`, [payload.marker, context.jobId, worker]);
      if (payload.sleepMs) await new Promise((resolve) => setTimeout(resolve, payload.sleepMs));
    });
    await context.progress(2, 2);
    return { marker: payload.marker };
  };
}

/** Fails `failTimes` times, then succeeds. */
export function flakyHandler() {
  return async (payload: { failTimes: number }, context: JobContext) => {
    if (context.attempt <= payload.failTimes) throw new Error(`planned failure ${context.attempt}`);
    return { attempts: context.attempt };
  };
}

/** How many `test.turn` jobs ran at once in this test process: now, and at most since `reset`. */
export const turns = {
  now: 0,
  most: 0,
  reset() {
    turns.now = 0;
    turns.most = 0;
  },
};

/** Takes a moment, counting the jobs that run meanwhile. */
export function turnHandler() {
  return async () => {
    turns.now += 1;
    turns.most = Math.max(turns.most, turns.now);
    await new Promise((resolve) => setTimeout(resolve, 100));
    turns.now -= 1;
  };
}
