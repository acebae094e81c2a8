// A worker-role application (what `pnpm start:worker` runs) on a test app's database and BullMQ key prefix.
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config/config';
import type { JobDefinitions } from '../../src/jobs/job-definitions';
import type { JobHandler } from '../../src/jobs/job-registry';
import { testRedisUrl } from './database-urls';
import type { TestApp } from './test-app';

export async function startWorkerApp(
  api: TestApp,
  options: { env?: Record<string, string>; jobDefinitions?: JobDefinitions; jobHandlers?: Record<string, JobHandler> } = {},
): Promise<INestApplicationContext> {
  const config = loadConfig({
    DATABASE_URL: api.databaseUrl,
    REDIS_URL: testRedisUrl(),
    DAIKOU_DATA_DIR: '/nonexistent',
    DAIKOU_JOB_BACKOFF_MS: '50',
    DAIKOU_RELAY_INTERVAL_MS: '200',
    DATABASE_POOL_SIZE: '3',
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ config, role: 'worker', queuePrefix: api.queuePrefix, jobDefinitions: options.jobDefinitions, jobHandlers: options.jobHandlers }),
    { logger: false },
  );
  await app.init();
  return app;
}
