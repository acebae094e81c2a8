// Boots the real HTTP application against a fresh PostgreSQL database (and optionally Redis) for one test file.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config/config';
import { createHttpApp } from '../../src/http-app';
import type { JobDefinitions } from '../../src/jobs/job-definitions';
import type { JobHandler } from '../../src/jobs/job-registry';
import { JobsService } from '../../src/jobs/jobs.service';
import { DEMO_PASSWORD } from '../../src/demo/demo-data';
import { testRedisUrl } from './database-urls';
import { createTestDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  jobs: JobsService;
  databaseUrl: string;
  queuePrefix: string;
  /** Signs in a demo account (password DEMO_PASSWORD) and returns its bearer token. */
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  redis?: boolean;
  demo?: boolean;
  env?: Record<string, string>;
  jobDefinitions?: JobDefinitions;
  jobHandlers?: Record<string, JobHandler>;
  beforeInit?: (app: NestExpressApplication) => void | Promise<void>;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const queuePrefix = `test-${randomBytes(4).toString('hex')}`;
  const documentsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'daikou-documents-'));
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'daikou-files-'));
  const config = loadConfig({
    DATABASE_URL: database.url,
    ...(options.redis ? { REDIS_URL: testRedisUrl() } : {}),
    DAIKOU_DEMO: options.demo === false ? '0' : '1',
    DAIKOU_DATA_DIR: '/nonexistent',
    DAIKOU_DOCUMENTS_DIR: documentsDir,
    DAIKOU_FILES_DIR: filesDir,
    DAIKOU_WEB_DIST: '/nonexistent',
    DAIKOU_RELAY_INTERVAL_MS: '200',
    DAIKOU_JOB_BACKOFF_MS: '50',
    DATABASE_POOL_SIZE: '5',
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const app = await createHttpApp({ config, jobDefinitions: options.jobDefinitions, jobHandlers: options.jobHandlers, queuePrefix }, { quiet: true });
  await options.beforeInit?.(app);
  await app.init();
  const http = request(app.getHttpServer());
  return {
    app,
    http,
    dataSource: app.get(DataSource),
    jobs: app.get(JobsService),
    databaseUrl: database.url,
    queuePrefix,
    async login(email, password = DEMO_PASSWORD) {
      const response = await http.post('/api/auth/login').send({ email, password });
      if (response.status !== 200) throw new Error(`login ${email}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body.token as string;
    },
    async close() {
      await app.close();
      await database.drop();
      fs.rmSync(documentsDir, { recursive: true, force: true });
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
