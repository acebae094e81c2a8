// The jobs subsystem for one process: outbox, relay, driver, handlers. Which parts run depends on the process role.
import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type EntityManager, type EntitySubscriberInterface, type TransactionCommitEvent } from 'typeorm';
import { APP_CONFIG, type AppConfig, type QueueName } from '../config/config';
import { BullmqDriver } from './drivers/bullmq-driver';
import { InlineDriver } from './drivers/inline-driver';
import type { QueueDriver, ScheduledJob } from './drivers/queue-driver';
import type { JobDefinitions, JobName, JobPayloads } from './job-definitions';
import { JobRegistry, type JobHandler } from './job-registry';
import { JobRunner } from './job-runner';
import { Outbox } from './outbox';
import { OutboxRelay } from './outbox-relay';

export type ProcessRole = 'api' | 'worker';
export const PROCESS_ROLE = Symbol('PROCESS_ROLE');
export const JOB_DEFINITIONS_TOKEN = Symbol('JOB_DEFINITIONS');
/** Test seam: a BullMQ key prefix so parallel test runs share one Redis without meeting. */
export const QUEUE_PREFIX = Symbol('QUEUE_PREFIX');
/** Test seam: handlers for test-only job definitions. */
export const EXTRA_JOB_HANDLERS = Symbol('EXTRA_JOB_HANDLERS');

@Injectable()
export class JobsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  readonly registry: JobRegistry;
  readonly driver: QueueDriver;
  private readonly outbox: Outbox;
  private readonly relay: OutboxRelay;
  private readonly runner: JobRunner;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PROCESS_ROLE) private readonly role: ProcessRole,
    @Inject(JOB_DEFINITIONS_TOKEN) private readonly definitions: JobDefinitions,
    @Inject(QUEUE_PREFIX) prefix: string | undefined,
    @Inject(EXTRA_JOB_HANDLERS) extraHandlers: Record<string, JobHandler>,
  ) {
    this.registry = new JobRegistry(definitions);
    for (const [name, handler] of Object.entries(extraHandlers)) this.registry.register(name, handler);
    this.outbox = new Outbox(definitions);
    const jobs = config.jobs;
    this.driver = config.redisUrl
      ? new BullmqDriver({ redisUrl: config.redisUrl, prefix, ...jobs })
      : new InlineDriver({ ...jobs, enqueueScheduled: async (job) => void (await this.enqueueNow(job.name, job.payload)) });
    this.relay = new OutboxRelay(dataSource, this.driver, jobs.relayIntervalMs);
    this.runner = new JobRunner(dataSource, this.registry);
    const relay = this.relay;
    const subscriber: EntitySubscriberInterface = {
      afterTransactionCommit(event: TransactionCommitEvent) {
        if (event.queryRunner.data?.outboxWritten) {
          event.queryRunner.data.outboxWritten = false;
          relay.nudge();
        }
      },
    };
    dataSource.subscribers.push(subscriber);
  }

  get queueKind(): 'bullmq' | 'inline' {
    return this.driver.kind;
  }

  /** Does this process run jobs? Workers do; the embedded all-in-one process does (inline driver). */
  get consumes(): boolean {
    return this.role === 'worker' || this.driver.kind === 'inline';
  }

  register(name: JobName, handler: JobHandler): void {
    this.registry.register(name, handler);
  }

  /** Adds a job to the caller's transaction. */
  add<N extends JobName>(manager: EntityManager, name: N, payload: JobPayloads[N], options?: { requestedBy?: string | null }) {
    return this.outbox.add(manager, name, payload, options);
  }

  addUntyped(manager: EntityManager, name: string, payload: unknown, options?: { requestedBy?: string | null }) {
    return this.outbox.addUntyped(manager, name, payload, options);
  }

  /** A job that is not part of a larger change: its one INSERT is its own transaction, relayed once it is in. */
  async enqueueNow(name: string, payload: unknown, options?: { requestedBy?: string | null }): Promise<string> {
    const id = await this.outbox.addUntyped(this.dataSource.manager, name, payload, options);
    this.relay.nudge();
    return id;
  }

  /** Relays every pending row now (tests, shutdown). */
  flush(): Promise<number> {
    return this.relay.flush();
  }

  healthy(): Promise<boolean> {
    return this.driver.healthy();
  }

  async onApplicationBootstrap(): Promise<void> {
    this.registry.assertComplete();
    const scheduled: ScheduledJob[] = Object.entries(this.definitions)
      .filter(([, definition]) => definition.schedule)
      .map(([name, definition]) => ({
        name,
        queue: definition.queue as QueueName,
        everyMs: definition.schedule!.everyMs,
        payload: definition.schedule!.payload,
      }));
    if (this.consumes) {
      if (this.driver.kind === 'inline') {
        // A single embedded process owns its data directory: jobs it had taken but not finished are its own.
        await this.dataSource.query(`UPDATE jobs SET status = 'pending' WHERE status IN ('queued', 'running')`);
      }
      await this.driver.schedule(scheduled);
      await this.driver.consume((delivery) => this.runner.run(delivery));
      this.logger.log(`Running jobs (${this.driver.kind}); concurrency ${JSON.stringify(this.config.jobs.concurrency)}`);
    }
    this.relay.start();
  }

  // Before the database closes (DatabaseModule closes it in onApplicationShutdown): running jobs still need it.
  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.driver.close();
  }
}
