// Every job the platform knows: its name, payload type, queue and (for scheduled work) its schedule.
// Adding a job: add its payload to JobPayloads and its definition below, then register exactly one handler.
import type { QueueName } from '../config/config';

export interface JobPayloads {
  'maintenance.purge_finished_jobs': { olderThanDays: number };
}

export type JobName = keyof JobPayloads;

export interface JobDefinition<P = unknown> {
  queue: QueueName;
  /** Repeatable work: run every `everyMs` with this payload (both drivers). */
  schedule?: { everyMs: number; payload: P };
}

export type JobDefinitions = Record<string, JobDefinition>;

const DAY = 24 * 60 * 60 * 1000;

export const JOB_DEFINITIONS: { [N in JobName]: JobDefinition<JobPayloads[N]> } = {
  'maintenance.purge_finished_jobs': { queue: 'default', schedule: { everyMs: DAY, payload: { olderThanDays: 30 } } },
};
