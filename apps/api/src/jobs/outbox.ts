// Writing a job: an outbox row in the caller's transaction, so the job exists if and only if the change committed.
import type { EntityManager } from 'typeorm';
import type { QueueName } from '../config/config';
import type { JobDefinitions, JobName, JobPayloads } from './job-definitions';
import { JobRecord } from './job.entity';

export class Outbox {
  constructor(private readonly definitions: JobDefinitions) {}

  /** Adds a job to the transaction of `manager`; returns its id (also the BullMQ job id). */
  async add<N extends JobName>(
    manager: EntityManager,
    name: N,
    payload: JobPayloads[N],
    options: { requestedBy?: string | null } = {},
  ): Promise<string> {
    return this.addUntyped(manager, name, payload, options);
  }

  async addUntyped(
    manager: EntityManager,
    name: string,
    payload: unknown,
    options: { requestedBy?: string | null } = {},
  ): Promise<string> {
    const definition = this.definitions[name];
    if (!definition) throw new Error(`Unknown job "${name}"`);
    const inserted = await manager.insert(JobRecord, {
      name,
      queue: definition.queue as QueueName,
      payload: payload as object,
      requestedBy: options.requestedBy ?? null,
    });
    // Read by the relay's commit subscriber: this transaction wrote jobs, relay them as soon as it commits.
    if (manager.queryRunner) manager.queryRunner.data.outboxWritten = true;
    return inserted.identifiers[0]!.id as string;
  }
}
