// Writing a job: an outbox row in the caller's transaction, so the job exists if and only if the change committed.
import type { EntityManager } from 'typeorm';
import type { JobDefinitions, JobName, JobPayloads } from './job-definitions';
import { SqlStatement } from './sql-statement';

// Kept prepared: an insert reads no rows, so no plan of it depends on the table's size.
const INSERT_JOB = new SqlStatement<{ id: string }>(
  `INSERT INTO jobs (name, queue, payload, requested_by) VALUES ($1, $2, $3, $4) RETURNING id`,
  { preparedAs: 'jobs_outbox_insert' },
);

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
    // Plain SQL rather than the entity insert: this runs once per job, and the ORM's insert costs more CPU than the row.
    const [inserted] = await INSERT_JOB.run(manager, [name, definition.queue, JSON.stringify(payload), options.requestedBy ?? null]);
    // Read by the relay's commit subscriber: this transaction wrote jobs, relay them as soon as it commits.
    if (manager.queryRunner) manager.queryRunner.data.outboxWritten = true;
    return inserted!.id;
  }
}
