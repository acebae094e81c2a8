// Runs one delivered job under either driver: keeps its record current and skips work already completed.
import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { JobContext, JobRegistry } from './job-registry';
import { SqlStatement } from './sql-statement';
import { StartMark } from './start-mark';
import { WriteBatcher } from './write-batcher';

/** A job still running after this long shows as running (its start is written); shorter ones only complete. */
const START_MARK_DELAY_MS = 50;
const COMPLETION_GATHER_MS = 1;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const MARK_STARTED = new SqlStatement<{ id: string }>(
  `UPDATE jobs SET status = 'running', attempts = attempts + 1, started_at = now()
    WHERE id = ANY($1::uuid[]) AND status <> 'completed' RETURNING id`,
);
// Planned on every run (see sql-statement.ts): a plan kept from a nearly empty table hashed the whole table for every
// batch (seen in 670 of 1,125 batches).
const MARK_COMPLETED = new SqlStatement<never>(
  `UPDATE jobs SET status = 'completed', result = done.result::jsonb, error = NULL, finished_at = now(),
     attempts = attempts + CASE WHEN done.start_written THEN 0 ELSE 1 END,
     started_at = CASE WHEN done.start_written THEN started_at ELSE now() END
    FROM unnest($1::uuid[], $2::text[], $3::boolean[]) AS done(id, result, start_written) WHERE jobs.id = done.id`,
);

export interface Delivery {
  id: string;
  name: string;
  payload: unknown;
  attempt: number;
  maxAttempts: number;
  /** Delivered again after a worker stopped during it (not a retry): the job may be completed already. */
  redelivered?: boolean;
  reportProgress?: (progress: { done: number; total: number }) => Promise<void>;
  /** Runs the job's own work in its turn within the queue's concurrency (when the driver takes more jobs than that). */
  admit?: <T>(work: () => Promise<T>) => Promise<T>;
}

export class JobRunner {
  private readonly logger = new Logger('Jobs');

  /** Marks jobs running (skipping completed ones); answers for each whether its record is tracked. */
  private readonly starts: WriteBatcher<string, boolean>;
  /** Marks jobs completed with their results (JSON text), counting the attempt when its start was not written. */
  private readonly completions: WriteBatcher<{ id: string; result: string; startWritten: boolean }, undefined>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: JobRegistry,
  ) {
    this.starts = new WriteBatcher(async (ids) => {
      const rows = await MARK_STARTED.run(dataSource, [ids]);
      const started = new Set(rows.map((row) => row.id));
      return ids.map((id) => started.has(id));
    });
    // Gathered for a moment: a busy worker's completions then share a statement (4,400 → 2,200 statements for 15,000
    // jobs on two workers), at the cost of a job's record turning completed a millisecond later.
    this.completions = new WriteBatcher(async (jobs) => {
      await MARK_COMPLETED.run(dataSource, [jobs.map((job) => job.id), jobs.map((job) => job.result), jobs.map((job) => job.startWritten)]);
      return jobs.map(() => undefined);
    }, COMPLETION_GATHER_MS);
  }

  /** Resolves with the handler's result; rejects (so the driver retries) when the handler throws. */
  async run(delivery: Delivery): Promise<unknown> {
    const admit = delivery.admit ?? ((work) => work());
    // Scheduled runs have no outbox row (their ids are not UUIDs) and are not tracked.
    if (!UUID.test(delivery.id)) return admit(() => this.registry.handlerFor(delivery.name)(delivery.payload, this.contextFor(delivery, false, StartMark.written())));
    // A first delivery cannot meet its job completed already (only a crash after the completion write re-delivers).
    const first = delivery.attempt === 1 && !delivery.redelivered;
    let tracked = true;
    if (!first) {
      tracked = await this.starts.submit(delivery.id);
      if (!tracked && (await this.isCompleted(delivery.id))) {
        this.logger.debug(`Job ${delivery.name} ${delivery.id} already completed; delivery ignored`);
        return undefined;
      }
    }
    // Made once the job is admitted: a job waiting for its queue's turn is not shown running.
    let start = StartMark.written();
    try {
      const result = await admit(() => {
        if (first) start = StartMark.deferred(() => this.starts.submit(delivery.id), START_MARK_DELAY_MS);
        return this.registry.handlerFor(delivery.name)(delivery.payload, this.contextFor(delivery, tracked, start));
      });
      // Written after the job leaves its turn: the next job's work overlaps this one's completion write.
      const startWritten = await start.settle();
      if (tracked) await this.completions.submit({ id: delivery.id, result: JSON.stringify(result ?? null), startWritten });
      return result;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const final = delivery.attempt >= delivery.maxAttempts;
      this.logger.warn(`Job ${delivery.name} ${delivery.id} attempt ${delivery.attempt}/${delivery.maxAttempts} failed: ${message}`);
      const startWritten = await start.settle();
      if (tracked) {
        await this.dataSource.query(
          `UPDATE jobs SET status = $2, error = $3, finished_at = CASE WHEN $2 = 'failed' THEN now() END,
             attempts = attempts + $4, started_at = CASE WHEN $4 = 1 THEN now() ELSE started_at END
            WHERE id = $1`,
          [delivery.id, final ? 'failed' : 'queued', message, startWritten ? 0 : 1],
        );
      }
      throw error;
    }
  }

  private async isCompleted(id: string): Promise<boolean> {
    const rows: { status: string }[] = await this.dataSource.query(`SELECT status FROM jobs WHERE id = $1`, [id]);
    return rows[0]?.status === 'completed';
  }

  private contextFor(delivery: Delivery, tracked: boolean, start: StartMark): JobContext {
    return {
      jobId: delivery.id,
      attempt: delivery.attempt,
      progress: async (done, total) => {
        if (tracked) {
          await start.now();
          await this.dataSource.query(`UPDATE jobs SET progress = $2 WHERE id = $1`, [delivery.id, JSON.stringify({ done, total })]);
        }
        await delivery.reportProgress?.({ done, total });
      },
      once: (effect, key = delivery.id) => runOnce(this.dataSource, key, delivery.id, effect),
    };
  }
}

export async function runOnce(
  dataSource: DataSource,
  key: string,
  jobId: string,
  effect: (manager: EntityManager) => Promise<void>,
): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO job_effects (key, job_id) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key`,
      [key, jobId],
    );
    if (inserted.length === 0) return false;
    await effect(manager);
    return true;
  });
}
