// The reports each party owes (one per party and period of its indicators) with their state, and the daily job that
// tells the responsible organisation once about each report that has become late.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { reportSchedule, type OwedReport } from '@daikou/domain';
import { todayInCambodia } from '../common/cambodia-date';
import type { RequestContext } from '../common/request-context';
import type { JobContext } from '../jobs/job-registry';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { NotificationText } from '../notifications/notification-texts';
import { Indicator, Report } from './monitoring.entities';
import { Monitorable } from './monitorable';
import type { ReportingPeriodQuery } from './reporting-period-query';

/** Names one late report: the reminder about it is written once, whichever run of the job sees it first. */
const lateReportKey = (partnershipId: string, owed: OwedReport) => `report-late:${partnershipId}:${owed.responsibleOrganizationId}:${owed.periodStart}:${owed.periodEnd}`;

function lateReportText(partnershipTitle: string, owed: OwedReport): NotificationText {
  const { periodStart, periodEnd, dueDate } = owed;
  return {
    title: { en: `Report late: ${partnershipTitle}`, km: `របាយការណ៍យឺត៖ ${partnershipTitle}` },
    body: {
      en: `The report on ${periodStart} – ${periodEnd} was due on ${dueDate} and has not been submitted yet.`,
      km: `របាយការណ៍សម្រាប់រយៈពេល ${periodStart} ដល់ ${periodEnd} ត្រូវដាក់ជូននៅថ្ងៃទី ${dueDate} ប៉ុន្តែមិនទាន់បានដាក់ស្នើនៅឡើយ។`,
    },
  };
}

@Injectable()
export class ReportScheduleService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly monitorable: Monitorable,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register('reports.remind_late', async (_payload: Record<string, never>, context: JobContext) => ({ reminded: await this.remindLate(context) }));
  }

  /** The partnership's reporting periods with their state, for those who see it; `late` and `status` filter. */
  async forPartnership(context: RequestContext, partnershipId: string, query: ReportingPeriodQuery) {
    const aggregate = await this.monitorable.read(this.dataSource.manager, context, partnershipId);
    const { schedule, indicators } = await this.scheduleOf(this.dataSource.manager, partnershipId, aggregate.partnership, todayInCambodia());
    const items = schedule.filter((owed) => (query.late === undefined || owed.late === query.late) && (query.status === undefined || owed.status === query.status));
    return { items, parties: aggregate.parties, indicators };
  }

  /**
   * Tells the officers of each party that owes a late report in an active partnership, once per report (the
   * effect and its marker commit together, so a repeated or concurrent run writes nothing twice). Returns how many
   * late reports were newly told about.
   */
  async remindLate(context: JobContext, today = todayInCambodia()): Promise<number> {
    const partnerships: { id: string; title: string; startDate: string; endDate: string }[] = await this.dataSource.query(
      `SELECT p.id, p.title, to_char(p.start_date, 'YYYY-MM-DD') AS "startDate", to_char(p.end_date, 'YYYY-MM-DD') AS "endDate"
         FROM partnerships p
        WHERE p.status = 'active' AND EXISTS (SELECT 1 FROM indicators i WHERE i.partnership_id = p.id)
        ORDER BY p.id`,
    );
    let reminded = 0;
    for (const partnership of partnerships) {
      const late = (await this.scheduleOf(this.dataSource.manager, partnership.id, partnership, today)).schedule.filter((owed) => owed.late);
      if (late.length === 0) continue;
      // Reports already told about are skipped without a transaction each.
      const done: { key: string }[] = await this.dataSource.query(`SELECT key FROM job_effects WHERE key = ANY($1)`, [late.map((owed) => lateReportKey(partnership.id, owed))]);
      const told = new Set(done.map((row) => row.key));
      for (const owed of late) {
        const key = lateReportKey(partnership.id, owed);
        if (told.has(key)) continue;
        const ran = await context.once(async (manager) => {
          await this.notifications.notifyOrganization(manager, {
            organizationId: owed.responsibleOrganizationId,
            partnershipId: partnership.id,
            kind: 'reminder',
            dedupeKey: key,
            text: lateReportText(partnership.title, owed),
          });
        }, key);
        if (ran) reminded += 1;
      }
    }
    return reminded;
  }

  private async scheduleOf(manager: EntityManager, partnershipId: string, dates: { startDate: string; endDate: string }, today: string) {
    const indicators = await manager.getRepository(Indicator).find({
      where: { partnershipId },
      order: { createdAt: 'ASC' },
      select: { id: true, name: true, nameKm: true, frequency: true, responsibleOrganizationId: true },
    });
    const reports = await manager.getRepository(Report).find({
      where: { partnershipId },
      select: { id: true, responsibleOrganizationId: true, periodStart: true, periodEnd: true, status: true },
    });
    return { schedule: reportSchedule(indicators, reports, dates, today), indicators };
  }
}
