// Runs one delivered job under either driver: keeps its record current and skips work already completed.
import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { JobContext, JobRegistry } from './job-registry';
import { WriteBatcher } from './write-batcher';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Delivery {
  id: string;
  name: string;
  payload: unknown;
  attempt: number;
  maxAttempts: number;
  reportProgress?: (progress: { done: number; total: number }) => Promise<void>;
}

export class JobRunner {
  private readonly logger = new Logger('Jobs');

  /** Marks jobs running (skipping completed ones); answers for each whether its record is tracked. */
  private readonly starts: WriteBatcher<string, boolean>;
  /** Marks jobs completed with their results (JSON text). */
  private readonly completions: WriteBatcher<{ id: string; result: string }, undefined>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: JobRegistry,
  ) {
    this.starts = new WriteBatcher(async (ids) => {
      const rows: { id: string }[] = (
        await dataSource.query(
          `UPDATE jobs SET status = 'running', attempts = attempts + 1, started_at = now()
            WHERE id = ANY($1::uuid[]) AND status <> 'completed' RETURNING id`,
          [ids],
        )
      )[0];
      const started = new Set(rows.map((row) => row.id));
      return ids.map((id) => started.has(id));
    });
    this.completions = new WriteBatcher(async (jobs) => {
      await dataSource.query(
        `UPDATE jobs SET status = 'completed', result = done.result::jsonb, error = NULL, finished_at = now()
          FROM unnest($1::uuid[], $2::text[]) AS done(id, result) WHERE jobs.id = done.id`,
        [jobs.map((job) => job.id), jobs.map((job) => job.result)],
      );
      return jobs.map(() => undefined);
    });
  }

  /** Resolves with the handler's result; rejects (so the driver retries) when the handler throws. */
  async run(delivery: Delivery): Promise<unknown> {
    // Scheduled runs have no outbox row (their ids are not UUIDs) and are not tracked.
    if (!UUID.test(delivery.id)) return this.registry.handlerFor(delivery.name)(delivery.payload, this.contextFor(delivery, false));
    const tracked = await this.starts.submit(delivery.id);
    if (!tracked && (await this.isCompleted(delivery.id))) {
      this.logger.debug(`Job ${delivery.name} ${delivery.id} already completed; delivery ignored`);
      return undefined;
    }
    const context = this.contextFor(delivery, tracked);
    try {
      const result = await this.registry.handlerFor(delivery.name)(delivery.payload, context);
      if (tracked) await this.completions.submit({ id: delivery.id, result: JSON.stringify(result ?? null) });
      return result;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const final = delivery.attempt >= delivery.maxAttempts;
      this.logger.warn(`Job ${delivery.name} ${delivery.id} attempt ${delivery.attempt}/${delivery.maxAttempts} failed: ${message}`);
      if (tracked) {
        await this.dataSource.query(
          `UPDATE jobs SET status = $2, error = $3, finished_at = CASE WHEN $2 = 'failed' THEN now() END WHERE id = $1`,
          [delivery.id, final ? 'failed' : 'queued', message],
        );
      }
      throw error;
    }
  }

  private async isCompleted(id: string): Promise<boolean> {
    const rows: { status: string }[] = await this.dataSource.query(`SELECT status FROM jobs WHERE id = $1`, [id]);
    return rows[0]?.status === 'completed';
  }

  private contextFor(delivery: Delivery, tracked: boolean): JobContext {
    return {
      jobId: delivery.id,
      attempt: delivery.attempt,
      progress: async (done, total) => {
        if (tracked) {
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
