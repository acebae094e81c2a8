// Housekeeping that keeps the database bounded: finished job records are kept for a while, then removed.
import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobsService } from '../jobs/jobs.service';

@Injectable()
export class MaintenanceJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.jobs.register('maintenance.purge_finished_jobs', async ({ olderThanDays }: { olderThanDays: number }) => {
      const [, jobs]: [unknown, number] = await this.dataSource.query(
        `DELETE FROM jobs WHERE status IN ('completed', 'failed') AND finished_at < now() - make_interval(days => $1)`,
        [olderThanDays],
      );
      const [, effects]: [unknown, number] = await this.dataSource.query(
        `DELETE FROM job_effects WHERE created_at < now() - make_interval(days => $1 * 3)`,
        [olderThanDays],
      );
      // Idempotency keys protect retries of one request: a day is plenty.
      const [, keys]: [unknown, number] = await this.dataSource.query(`DELETE FROM idempotency_keys WHERE created_at < now() - interval '1 day'`);
      return { jobsRemoved: jobs, effectsRemoved: effects, idempotencyKeysRemoved: keys };
    });
  }
}

@Module({ providers: [MaintenanceJobs] })
export class MaintenanceModule {}
