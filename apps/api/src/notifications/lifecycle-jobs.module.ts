// Scheduled lifecycle work: partnerships complete at their end date; whoever must act is reminded when a step stalls.
import { Inject, Injectable, Logger, Module, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SYSTEM_CONTEXT } from '../common/request-context';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { JobsService } from '../jobs/jobs.service';
import { PartnershipActionsService } from '../partnerships/partnership-actions.service';
import { PartnershipsModule } from '../partnerships/partnerships.module';
import { NotificationsModule } from './notifications.module';
import { NotificationsService } from './notifications.service';

@Injectable()
export class LifecycleJobs implements OnModuleInit {
  private readonly logger = new Logger('LifecycleJobs');

  constructor(
    private readonly jobs: JobsService,
    private readonly dataSource: DataSource,
    private readonly actions: PartnershipActionsService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register('partnerships.complete_due', () => this.completeDue());
    this.jobs.register('partnerships.remind_stalled', async () => ({
      reminders: await this.notifications.remindStalled(this.config.lifecycle.reminderAfterDays),
    }));
  }

  /** Completes every active partnership whose end date has passed (each under its row lock; a second run finds none). */
  async completeDue(): Promise<{ due: number; completed: number }> {
    const due: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM partnerships WHERE status = 'active' AND end_date < current_date ORDER BY end_date, id`,
    );
    let completed = 0;
    const failed: string[] = [];
    for (const { id } of due) {
      try {
        if (await this.actions.completeAtEndDate(SYSTEM_CONTEXT, id)) completed++;
      } catch (error) {
        // One partnership that cannot complete must not hold back the others; the job fails (and retries) at the end.
        this.logger.warn(`Completing partnership ${id} failed: ${error instanceof Error ? error.message : String(error)}`);
        failed.push(id);
      }
    }
    if (failed.length > 0) throw new Error(`Could not complete partnership(s) ${failed.join(', ')}`);
    return { due: due.length, completed };
  }
}

@Module({ imports: [PartnershipsModule, NotificationsModule], providers: [LifecycleJobs] })
export class LifecycleJobsModule {}
