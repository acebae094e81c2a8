// Embedded mode: jobs run in this process, with the same retry, backoff and concurrency rules as the BullMQ driver.
import { Logger } from '@nestjs/common';
import type { QueueName } from '../../config/config';
import type { DeliveryHandler, OutboxJob, QueueDriver, ScheduledJob } from './queue-driver';
import { Semaphore } from './semaphore';

export interface InlineDriverOptions {
  attempts: number;
  backoffMs: number;
  concurrency: Record<QueueName, number>;
  /** Called on each tick of a schedule: puts the run through the outbox like any other job. */
  enqueueScheduled: (job: ScheduledJob) => Promise<void>;
}

export class InlineDriver implements QueueDriver {
  readonly kind = 'inline' as const;
  private readonly logger = new Logger('InlineQueue');
  private handler: DeliveryHandler | null = null;
  private readonly backlog: OutboxJob[] = [];
  private readonly running = new Set<Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly semaphores: Record<string, Semaphore>;
  private closed = false;

  constructor(private readonly options: InlineDriverOptions) {
    this.semaphores = Object.fromEntries(
      Object.entries(options.concurrency).map(([queue, limit]) => [queue, new Semaphore(Math.max(1, limit))]),
    );
  }

  async dispatch(jobs: OutboxJob[]): Promise<void> {
    if (this.closed) throw new Error('The inline queue is closed');
    for (const job of jobs) {
      if (this.handler) this.start(job, 1);
      else this.backlog.push(job);
    }
  }

  async schedule(jobs: ScheduledJob[]): Promise<void> {
    for (const job of jobs) {
      const timer = setInterval(() => {
        this.options.enqueueScheduled(job).catch((error) => this.logger.error(`Scheduling ${job.name} failed: ${error}`));
      }, job.everyMs);
      timer.unref();
      this.timers.add(timer);
    }
  }

  async consume(handler: DeliveryHandler): Promise<void> {
    this.handler = handler;
    for (const job of this.backlog.splice(0)) this.start(job, 1);
  }

  async healthy(): Promise<boolean> {
    return !this.closed;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  private start(job: OutboxJob, attempt: number): void {
    const semaphore = this.semaphores[job.queue] ?? this.semaphores.default!;
    const run = semaphore
      .use(() => this.handler!({ id: job.id, name: job.name, payload: job.payload, attempt, maxAttempts: this.options.attempts }))
      .then(
        () => undefined,
        () => {
          if (attempt >= this.options.attempts || this.closed) return;
          const delay = this.options.backoffMs * 2 ** (attempt - 1);
          const timer = setTimeout(() => {
            this.timers.delete(timer);
            this.start(job, attempt + 1);
          }, delay);
          this.timers.add(timer);
        },
      )
      .finally(() => this.running.delete(run));
    this.running.add(run);
  }
}
