// The application's modules, shared by both entry points: main.ts (HTTP) and worker.ts (jobs).
import { randomUUID } from 'node:crypto';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { JobsModule } from './jobs/jobs.module';
import type { ProcessRole } from './jobs/jobs.service';
import { jobDefinitions, type JobDefinitions } from './jobs/job-definitions';
import type { JobHandler } from './jobs/job-registry';
import { ProblemFilter } from './common/problem.filter';
import { SharedThrottlerStorage } from './common/shared-throttler-storage';
import { GroupedThrottlerGuard } from './common/throttle-group';
import { IdempotencyInterceptor } from './common/idempotency.interceptor';
import { RefusalAuditInterceptor } from './audit/refusal-audit.interceptor';
import { HealthController } from './health/health.controller';
import { MaintenanceModule } from './maintenance/maintenance.module';
import { AuthModule } from './auth/auth.module';
import { AuthGuard } from './auth/auth.guard';
import { AuditModule } from './audit/audit.module';
import { AdminUnitsModule } from './admin-units/admin-units.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { UsersModule } from './users/users.module';
import { DemoModule } from './demo/demo.module';
import { PartnershipsModule } from './partnerships/partnerships.module';
import { JointWorkModule } from './joint-work/joint-work.module';
import { MonitoringModule } from './monitoring/monitoring.module';
import { NotificationsModule } from './notifications/notifications.module';
import { LifecycleJobsModule } from './notifications/lifecycle-jobs.module';
import { DocumentsModule } from './documents/documents.module';
import { EvidenceModule } from './evidence/evidence.module';
import { ImportsModule } from './imports/imports.module';
import { QualityModule } from './quality/quality.module';
import { InsightModule } from './insight/insight.module';
import { PublicModule } from './public/public.module';

export interface AppModuleOptions {
  config: AppConfig;
  role: ProcessRole;
  /** Tests replace the job list and isolate BullMQ keys. */
  jobDefinitions?: JobDefinitions;
  jobHandlers?: Record<string, JobHandler>;
  queuePrefix?: string;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const { config, role } = options;
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            // A person at a terminal reads lines; log collectors (no TTY) get JSON.
            transport: process.stdout.isTTY
              ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,req,res' } }
              : undefined,
            genReqId: (request, response) => {
              const given = request.headers['x-request-id'];
              const id = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
              response.setHeader('x-request-id', id);
              return id;
            },
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
            autoLogging: { ignore: (request) => request.url === '/api/health' },
          },
        }),
        ThrottlerModule.forRoot({
          throttlers: [{ name: 'default', ttl: 60_000, limit: 600 }],
          // Scaled, every API process counts in Redis: an address's allowance is the same however many processes serve it.
          ...(config.redisUrl
            ? { storage: new SharedThrottlerStorage(config.redisUrl, `${options.queuePrefix ?? 'daikou'}:throttle:`) }
            : {}),
        }),
        DatabaseModule,
        JobsModule.forRoot({ role, definitions: options.jobDefinitions ?? jobDefinitions(config.lifecycle), handlers: options.jobHandlers, queuePrefix: options.queuePrefix }),
        AuditModule,
        AuthModule,
        MaintenanceModule,
        AdminUnitsModule,
        OrganizationsModule,
        UsersModule,
        PartnershipsModule,
        JointWorkModule,
        MonitoringModule,
        EvidenceModule,
        ImportsModule,
        QualityModule,
        InsightModule,
        NotificationsModule,
        LifecycleJobsModule,
        DocumentsModule,
        PublicModule,
        DemoModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_GUARD, useClass: GroupedThrottlerGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        { provide: APP_INTERCEPTOR, useClass: RefusalAuditInterceptor },
      ],
    };
  }
}
