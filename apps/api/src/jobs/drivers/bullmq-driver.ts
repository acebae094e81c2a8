// Scaled mode: BullMQ on Redis. The outbox id is the BullMQ job id, so a re-sent row cannot become a second job.
import { Logger } from '@nestjs/common';
import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { QUEUES, type QueueName } from '../../config/config';
import type { DeliveryHandler, OutboxJob, QueueDriver, ScheduledJob } from './queue-driver';
import { Semaphore } from './semaphore';

export interface BullmqDriverOptions {
  redisUrl: string;
  attempts: number;
  backoffMs: number;
  lockMs: number;
  concurrency: Record<QueueName, number>;
  prefix?: string;
}

const DAY_S = 24 * 60 * 60;
/**
 * Jobs a worker takes per unit of its queue's concurrency. Their handlers still run at most `concurrency` at once; the
 * extra jobs wait their turn, so that while one job's completion is written to PostgreSQL the next one already runs.
 * Only on the queue of short jobs: a worker taking more long ones (documents, imports) than it runs would keep them
 * waiting while another worker is free.
 */
const JOBS_PER_TURN: Record<QueueName, number> = { default: 2, documents: 1, imports: 1 };

export function redisConnection(url: string, forWorker: boolean): ConnectionOptions {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    // Workers block on Redis and must retry forever; producers fail fast so that rows simply stay pending.
    maxRetriesPerRequest: forWorker ? null : 1,
    enableOfflineQueue: forWorker,
    connectTimeout: 5000,
  };
}

export class BullmqDriver implements QueueDriver {
  readonly kind = 'bullmq' as const;
  private readonly logger = new Logger('BullMQ');
  private readonly queues = new Map<QueueName, Queue>();
  private readonly workers: Worker[] = [];
  private readonly probe: Redis;

  constructor(private readonly options: BullmqDriverOptions) {
    this.probe = new Redis(options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 });
    this.probe.on('error', () => undefined);
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: redisConnection(this.options.redisUrl, false), prefix: this.options.prefix });
      queue.on('error', (error) => this.logger.warn(`Queue ${name}: ${error.message}`));
      this.queues.set(name, queue);
    }
    return queue;
  }

  private jobOptions(jobId?: string) {
    return {
      jobId,
      attempts: this.options.attempts,
      backoff: { type: 'exponential' as const, delay: this.options.backoffMs },
      removeOnComplete: { age: DAY_S, count: 10_000 },
      removeOnFail: { age: 14 * DAY_S, count: 50_000 },
    };
  }

  async dispatch(jobs: OutboxJob[]): Promise<void> {
    const byQueue = new Map<QueueName, OutboxJob[]>();
    for (const job of jobs) byQueue.set(job.queue, [...(byQueue.get(job.queue) ?? []), job]);
    for (const [queueName, queueJobs] of byQueue) {
      // Bounded: while Redis is away the rows simply stay pending; a late add is harmless (same job ids).
      await Promise.race([
        this.queue(queueName).addBulk(queueJobs.map((job) => ({ name: job.name, data: job.payload, opts: this.jobOptions(job.id) }))),
        timeout(5000),
      ]);
    }
  }

  async schedule(jobs: ScheduledJob[]): Promise<void> {
    for (const job of jobs) {
      await this.queue(job.queue).upsertJobScheduler(
        `schedule:${job.name}`,
        { every: job.everyMs },
        { name: job.name, data: job.payload, opts: this.jobOptions() },
      );
    }
  }

  async consume(handler: DeliveryHandler): Promise<void> {
    for (const queueName of QUEUES) {
      const turns = new Semaphore(this.options.concurrency[queueName]);
      const worker = new Worker(
        queueName,
        async (job) =>
          handler({
            id: job.id!,
            name: job.name,
            payload: job.data,
            attempt: job.attemptsMade + 1,
            redelivered: job.stalledCounter > 0,
            maxAttempts: job.opts.attempts ?? this.options.attempts,
            reportProgress: (progress) => job.updateProgress(progress),
            admit: (work) => turns.use(work),
          }),
        {
          connection: redisConnection(this.options.redisUrl, true),
          prefix: this.options.prefix,
          concurrency: this.options.concurrency[queueName] * JOBS_PER_TURN[queueName],
          lockDuration: this.options.lockMs,
          stalledInterval: this.options.lockMs,
          maxStalledCount: 2,
        },
      );
      worker.on('error', (error) => this.logger.warn(`Worker ${queueName}: ${error.message}`));
      this.workers.push(worker);
    }
  }

  async healthy(): Promise<boolean> {
    try {
      if (this.probe.status === 'wait' || this.probe.status === 'end') await this.probe.connect();
      return (await Promise.race([this.probe.ping(), timeout(2000)])) === 'PONG';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.probe.disconnect();
  }
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref());
}
