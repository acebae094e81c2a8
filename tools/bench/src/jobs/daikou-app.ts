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

export async function startDaikouApp(role: 'api' | 'worker'): Promise<{ app: AppContext; jobs: JobsServiceLike }> {
  apiRequire('reflect-metadata');
  const { NestFactory } = apiRequire('@nestjs/core') as { NestFactory: { createApplicationContext(module: unknown, options: unknown): Promise<AppContext> } };
  const { AppModule } = loadApiModule<{ AppModule: { forRoot(options: unknown): unknown } }>('app.module.js');
  const { loadConfig } = loadApiModule<{ loadConfig(env: NodeJS.ProcessEnv): { lifecycle: unknown } }>('config/config.js');
  const { jobDefinitions } = loadApiModule<{ jobDefinitions(lifecycle: unknown): Record<string, unknown> }>('jobs/job-definitions.js');
  const { JobsService } = loadApiModule<{ JobsService: unknown }>('jobs/jobs.service.js');
  const config = loadConfig(process.env);
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({
      config,
      role,
      jobDefinitions: { ...jobDefinitions(config.lifecycle), [NOOP_JOB]: { queue: 'default' } },
      jobHandlers: { [NOOP_JOB]: async () => undefined },
    }),
    { logger: ['error', 'warn'] },
  );
  app.enableShutdownHooks();
  await app.init();
  return { app, jobs: app.get<JobsServiceLike>(JobsService) };
}
