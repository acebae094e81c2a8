// A Daikou application context from the built API (apps/api/dist), as `pnpm start:worker` builds it, with one job
// added for the benchmark: `bench.noop`, whose handler does nothing, so that what is measured is the platform's
// path (outbox row, relay, BullMQ, job runner bookkeeping) and not a job's own work.
import { apiRequire, loadApiModule } from '../api-modules.js';

export const NOOP_JOB = 'bench.noop';

export interface AppContext {
  get<T>(token: unknown): T;
  init(): Promise<unknown>;
  close(): Promise<void>;
  enableShutdownHooks(): unknown;
}

export interface JobsServiceLike {
  enqueueNow(name: string, payload: unknown): Promise<string>;
}

/**
 * Without schedules, the periodic jobs (reminders, completion, the dashboards' nightly rebuild) are not started by
 * this process: on a dataset no worker has seen yet, their first runs would be minutes of work beside the one measured.
 */
export async function startDaikouApp(role: 'api' | 'worker', options: { schedules: boolean }): Promise<{ app: AppContext; jobs: JobsServiceLike }> {
  apiRequire('reflect-metadata');
  const { NestFactory } = apiRequire('@nestjs/core') as { NestFactory: { createApplicationContext(module: unknown, options: unknown): Promise<AppContext> } };
  const { AppModule } = loadApiModule<{ AppModule: { forRoot(options: unknown): unknown } }>('app.module.js');
  const { loadConfig } = loadApiModule<{ loadConfig(env: NodeJS.ProcessEnv): { lifecycle: unknown } }>('config/config.js');
  const { jobDefinitions } = loadApiModule<{ jobDefinitions(lifecycle: unknown): Record<string, { queue: string; schedule?: unknown }> }>('jobs/job-definitions.js');
  const { JobsService } = loadApiModule<{ JobsService: unknown }>('jobs/jobs.service.js');
  const config = loadConfig(process.env);
  const definitions = Object.fromEntries(
    Object.entries(jobDefinitions(config.lifecycle)).map(([name, definition]) => [name, options.schedules ? definition : { queue: definition.queue }]),
  );
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({
      config,
      role,
      jobDefinitions: { ...definitions, [NOOP_JOB]: { queue: 'default' } },
      jobHandlers: { [NOOP_JOB]: async () => undefined },
    }),
    { logger: ['error', 'warn'] },
  );
  app.enableShutdownHooks();
  await app.init();
  return { app, jobs: app.get<JobsServiceLike>(JobsService) };
}
