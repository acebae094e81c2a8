import { Global, Module, type DynamicModule } from '@nestjs/common';
import { JOB_DEFINITIONS, type JobDefinitions } from './job-definitions';
import { JobsController } from './jobs.controller';
import type { JobHandler } from './job-registry';
import { EXTRA_JOB_HANDLERS, JOB_DEFINITIONS_TOKEN, JobsService, PROCESS_ROLE, QUEUE_PREFIX, type ProcessRole } from './jobs.service';

@Global()
@Module({})
export class JobsModule {
  static forRoot(options: {
    role: ProcessRole;
    definitions?: JobDefinitions;
    handlers?: Record<string, JobHandler>;
    queuePrefix?: string;
  }): DynamicModule {
    return {
      module: JobsModule,
      controllers: [JobsController],
      providers: [
        { provide: PROCESS_ROLE, useValue: options.role },
        { provide: JOB_DEFINITIONS_TOKEN, useValue: options.definitions ?? JOB_DEFINITIONS },
        { provide: QUEUE_PREFIX, useValue: options.queuePrefix },
        { provide: EXTRA_JOB_HANDLERS, useValue: options.handlers ?? {} },
        JobsService,
      ],
      exports: [JobsService, PROCESS_ROLE],
    };
  }
}
