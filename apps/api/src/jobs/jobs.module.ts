import { Global, Module, type DynamicModule } from '@nestjs/common';
import { JOB_DEFINITIONS, type JobDefinitions } from './job-definitions';
import { JobsController } from './jobs.controller';
import { JOB_DEFINITIONS_TOKEN, JobsService, PROCESS_ROLE, QUEUE_PREFIX, type ProcessRole } from './jobs.service';

@Global()
@Module({})
export class JobsModule {
  static forRoot(options: { role: ProcessRole; definitions?: JobDefinitions; queuePrefix?: string }): DynamicModule {
    return {
      module: JobsModule,
      controllers: [JobsController],
      providers: [
        { provide: PROCESS_ROLE, useValue: options.role },
        { provide: JOB_DEFINITIONS_TOKEN, useValue: options.definitions ?? JOB_DEFINITIONS },
        { provide: QUEUE_PREFIX, useValue: options.queuePrefix },
        JobsService,
      ],
      exports: [JobsService, PROCESS_ROLE],
    };
  }
}
