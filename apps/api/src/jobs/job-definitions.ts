// Every job the platform knows: its name, payload type, queue and (for scheduled work) its schedule.
// Adding a job: add its payload to JobPayloads and its definition below, then register exactly one handler.
import type { QueueName } from '../config/config';

export interface JobPayloads {
  'commitments.mark_overdue': Record<string, never>;
  'documents.render_mou': { partnershipId: string; versionNumber: number; lang: 'km' | 'en' | 'both' };
  'imports.scorecards': { importId: string };
  'insight.rebuild': Record<string, never>;
  'insight.refresh_partnership': { partnershipId: string };
  'maintenance.purge_finished_jobs': { olderThanDays: number };
  'notifications.email': { notificationId: string };
  'partnerships.complete_due': Record<string, never>;
  'partnerships.remind_stalled': Record<string, never>;
  'reports.remind_late': Record<string, never>;
}

export type JobName = keyof JobPayloads;

export interface JobDefinition<P = unknown> {
  queue: QueueName;
  /** Repeatable work: run every `everyMs` with this payload (both drivers). */
  schedule?: { everyMs: number; payload: P };
}

export type JobDefinitions = Record<string, JobDefinition>;

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** The jobs, with the lifecycle checks as often as configured (DAIKOU_COMPLETION_CHECK_MS, DAIKOU_REMINDER_CHECK_MS). */
export function jobDefinitions(lifecycle: { completionCheckMs: number; reminderCheckMs: number }): { [N in JobName]: JobDefinition<JobPayloads[N]> } {
  return {
    // Overdue commitments are looked for as often as stalled steps.
    'commitments.mark_overdue': { queue: 'default', schedule: { everyMs: lifecycle.reminderCheckMs, payload: {} } },
    'documents.render_mou': { queue: 'documents' },
    'imports.scorecards': { queue: 'imports' },
    // Nightly: recomputes every dashboard entry from scratch (overdue commitments change with the date) and reports differences.
    'insight.rebuild': { queue: 'default', schedule: { everyMs: DAY, payload: {} } },
    // Asked for by database triggers whenever a row the dashboards count changes.
    'insight.refresh_partnership': { queue: 'default' },
    'maintenance.purge_finished_jobs': { queue: 'default', schedule: { everyMs: DAY, payload: { olderThanDays: 30 } } },
    'notifications.email': { queue: 'default' },
    'partnerships.complete_due': { queue: 'default', schedule: { everyMs: lifecycle.completionCheckMs, payload: {} } },
    'partnerships.remind_stalled': { queue: 'default', schedule: { everyMs: lifecycle.reminderCheckMs, payload: {} } },
    // Reports fall late by the day: once a day the responsible parties are told about newly late ones.
    'reports.remind_late': { queue: 'default', schedule: { everyMs: DAY, payload: {} } },
  };
}

/** The jobs with the default (hourly) lifecycle checks. */
export const JOB_DEFINITIONS = jobDefinitions({ completionCheckMs: HOUR, reminderCheckMs: HOUR });
