// The one interface both job drivers implement: BullMQ on Redis (scaled) and in-process (embedded).
import type { QueueName } from '../../config/config';
import type { Delivery } from '../job-runner';

export interface OutboxJob {
  id: string;
  name: string;
  queue: QueueName;
  payload: unknown;
}

export interface ScheduledJob {
  name: string;
  queue: QueueName;
  everyMs: number;
  payload: unknown;
}

export type DeliveryHandler = (delivery: Delivery) => Promise<unknown>;

export interface QueueDriver {
  readonly kind: 'bullmq' | 'inline';
  /** Hands committed outbox rows to the queue. Throws when the queue cannot take them (they stay pending). */
  dispatch(jobs: OutboxJob[]): Promise<void>;
  /** Registers repeatable work; idempotent across processes. */
  schedule(jobs: ScheduledJob[]): Promise<void>;
  /** Starts running delivered jobs in this process (worker role, or the all-in-one embedded process). */
  consume(handler: DeliveryHandler): Promise<void>;
  healthy(): Promise<boolean>;
  /** Stops taking new work and waits for running jobs to finish. */
  close(): Promise<void>;
}
