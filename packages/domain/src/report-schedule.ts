import { reportingPeriods, type Frequency, type ReportingPeriod } from './indicators.js';
import { isReportLate, REPORT_STATUSES, type ReportStatus } from './reports.js';

// The reports a partnership's parties owe: one per responsible party and reporting period of its indicators (a report
// covers every indicator that party reports on for that period), with the report filed on it, if any, and whether it
// is late. The late-report reminders and the "reporting periods" list read the same schedule.

/** A period's state: no report started yet, or the status of the report filed on it. */
export const PERIOD_STATUSES = ['not_started', ...REPORT_STATUSES] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

export interface ScheduledIndicator {
  id: string;
  frequency: Frequency;
  responsibleOrganizationId: string;
}

export interface FiledReport {
  id: string;
  responsibleOrganizationId: string;
  periodStart: string;
  periodEnd: string;
  status: ReportStatus;
}

export interface OwedReport extends ReportingPeriod {
  responsibleOrganizationId: string;
  /** The indicators the party reports on for this period, in the order given. */
  indicatorIds: string[];
  reportId: string | null;
  status: PeriodStatus;
  late: boolean;
}

const periodKey = (organizationId: string, period: { periodStart: string; periodEnd: string }) =>
  `${organizationId}|${period.periodStart}|${period.periodEnd}`;

/**
 * Every report owed between the partnership's start and end dates, ordered by due date, then period start, then
 * party. Indicators of one party with the same frequency share their periods, so they share one report.
 */
export function reportSchedule(
  indicators: readonly ScheduledIndicator[],
  reports: readonly FiledReport[],
  partnership: { startDate: string; endDate: string },
  today: string,
): OwedReport[] {
  const filed = new Map(reports.map((report) => [periodKey(report.responsibleOrganizationId, report), report]));
  const owed = new Map<string, OwedReport>();
  for (const indicator of indicators) {
    for (const period of reportingPeriods(indicator.frequency, partnership.startDate, partnership.endDate)) {
      const key = periodKey(indicator.responsibleOrganizationId, period);
      const known = owed.get(key);
      if (known) {
        known.indicatorIds.push(indicator.id);
        continue;
      }
      const report = filed.get(key);
      owed.set(key, {
        ...period,
        responsibleOrganizationId: indicator.responsibleOrganizationId,
        indicatorIds: [indicator.id],
        reportId: report?.id ?? null,
        status: report?.status ?? 'not_started',
        late: isReportLate({ dueDate: period.dueDate, status: report?.status ?? null }, today),
      });
    }
  }
  return [...owed.values()].sort(
    (a, b) =>
      a.dueDate.localeCompare(b.dueDate) ||
      a.periodStart.localeCompare(b.periodStart) ||
      a.responsibleOrganizationId.localeCompare(b.responsibleOrganizationId),
  );
}
