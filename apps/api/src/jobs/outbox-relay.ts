// Moves committed outbox rows to the queue driver. Any number of processes may relay at once: rows are claimed
// with SKIP LOCKED, and a row sent twice (a crash between send and mark) is still one job (same job id).
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { OutboxJob, QueueDriver } from './drivers/queue-driver';
import { SqlStatement } from './sql-statement';

const BATCH = 500;
/** A nudged pass waits this long first, so that the commits of that moment share one claim and one send. */
const GATHER_MS = 5;

// Claimed and marked in one statement, before they are sent, so that only the commit is left while workers wait on
// these rows' locks; a refused send rolls the mark back and the rows stay pending. `= ANY(ARRAY(…))` finds the claimed
// rows by primary key (`IN (…)` was planned as a scan of the whole table when it looked small). Planned on every run:
// a plan kept from when the table was nearly empty scans the whole table for them too (36–62 ms a claim at 7,000 jobs).
const CLAIM = new SqlStatement<OutboxJob & { created_at: Date }>(
  `UPDATE jobs SET status = 'queued', dispatched_at = now()
    WHERE id = ANY(ARRAY(SELECT id FROM jobs WHERE status = 'pending' ORDER BY created_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED))
    RETURNING id, name, queue, payload, created_at`,
);

export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private lastFailure: string | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly driver: QueueDriver,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.nudge(), this.intervalMs);
    this.timer.unref();
    this.nudge();
  }

  /** Asks for a relay pass soon (e.g. right after a commit that wrote outbox rows). */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = new Promise((resolve) => setTimeout(resolve, GATHER_MS)).then(() => this.drain()).finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.nudge();
      }
    });
  }

  /** Relays until no pending row is left; resolves with the number relayed. */
  async flush(): Promise<number> {
    let total = 0;
    for (;;) {
      const count = await this.relayBatch();
      total += count;
      if (count < BATCH) return total;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private async drain(): Promise<void> {
    try {
      await this.flush();
      if (this.lastFailure) this.logger.log('Relaying again: the queue accepts jobs');
      this.lastFailure = null;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (message !== this.lastFailure) this.logger.warn(`Outbox rows stay pending, the queue refused them: ${message}`);
      this.lastFailure = message;
    }
  }

  private async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const claimed = await CLAIM.run(manager);
      if (claimed.length === 0) return 0;
      const rows: OutboxJob[] = claimed
        .sort((a, b) => a.created_at.getTime() - b.created_at.getTime())
        .map(({ id, name, queue, payload }) => ({ id, name, queue, payload }));
      await this.driver.dispatch(rows);
      return rows.length;
    });
  }
}
