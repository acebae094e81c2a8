// Job name → handler. Each defined job must have exactly one handler; the process refuses to start otherwise.
import type { EntityManager } from 'typeorm';
import type { JobDefinitions } from './job-definitions';

export interface JobContext {
  jobId: string;
  attempt: number;
  /** Reports progress (e.g. rows done of total) where the user can see it (`GET /api/jobs/:id`). */
  progress(done: number, total: number): Promise<void>;
  /**
   * Runs `effect` in a transaction together with a marker keyed by `key` (default: the job id);
   * if the marker exists, the effect already happened and is skipped. Returns whether it ran.
   */
  once(effect: (manager: EntityManager) => Promise<void>, key?: string): Promise<boolean>;
}

export type JobHandler = (payload: any, context: JobContext) => Promise<unknown>; // eslint-disable-line @typescript-eslint/no-explicit-any

export class JobRegistryError extends Error {}

export class JobRegistry {
  private readonly handlers = new Map<string, JobHandler>();

  constructor(readonly definitions: JobDefinitions) {}

  register(name: string, handler: JobHandler): void {
    if (!(name in this.definitions)) throw new JobRegistryError(`Handler registered for unknown job "${name}"`);
    if (this.handlers.has(name)) throw new JobRegistryError(`Job "${name}" has two handlers`);
    this.handlers.set(name, handler);
  }

  handlerFor(name: string): JobHandler {
    const handler = this.handlers.get(name);
    if (!handler) throw new JobRegistryError(`No handler for job "${name}"`);
    return handler;
  }

  /** Start-up check: every defined job has a handler. */
  assertComplete(): void {
    const missing = Object.keys(this.definitions).filter((name) => !this.handlers.has(name));
    if (missing.length > 0) throw new JobRegistryError(`No handler registered for job(s): ${missing.join(', ')}`);
  }
}
