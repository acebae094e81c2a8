// Scaled mode: two API processes behind one proxy share Redis, so an address's allowance (here the sign-in limit of
// ten a minute) is counted once for both, not once per process.
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Redis } from 'ioredis';
import request from 'supertest';
import { loadConfig } from '../../src/config/config';
import { createHttpApp } from '../../src/http-app';
import { testRedisUrl } from '../support/database-urls';
import { startTestApp, type TestApp } from '../support/test-app';

describe('rate limits with several API processes', () => {
  let first: TestApp;
  let second: NestExpressApplication;
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'daikou-files-'));

  beforeAll(async () => {
    first = await startTestApp({ redis: true, env: { DAIKOU_TRUST_PROXY: '1' } });
    const config = loadConfig({
      DATABASE_URL: first.databaseUrl, REDIS_URL: testRedisUrl(), DAIKOU_TRUST_PROXY: '1', DAIKOU_DATA_DIR: '/nonexistent',
      DAIKOU_WEB_DIST: '/nonexistent', DAIKOU_FILES_DIR: filesDir, DAIKOU_DOCUMENTS_DIR: filesDir, DATABASE_POOL_SIZE: '2', LOG_LEVEL: 'silent',
    });
    second = await createHttpApp({ config, queuePrefix: first.queuePrefix }, { quiet: true });
    await second.init();
  });

  afterAll(async () => {
    await second.close();
    await first.close();
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  it('counts an address once across processes', async () => {
    const signIn = (app: NestExpressApplication, ip: string) =>
      request(app.getHttpServer()).post('/api/auth/login').set('X-Forwarded-For', ip).send({ email: 'nobody@daikou.demo', password: 'not the password' });
    for (let i = 0; i < 5; i += 1) await signIn(first.app, '198.51.100.7').expect(401);
    for (let i = 0; i < 5; i += 1) await signIn(second, '198.51.100.7').expect(401);
    const refused = await signIn(first.app, '198.51.100.7').expect(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    await signIn(second, '198.51.100.7').expect(429);
    await signIn(second, '198.51.100.8').expect(401);
  });

  it('keeps its counters under the deployment’s prefix in Redis', async () => {
    const redis = new Redis(testRedisUrl());
    try {
      const keys = await redis.keys(`${first.queuePrefix}:throttle:*`);
      expect(keys.some((key) => key.endsWith(':hits'))).toBe(true);
      expect(await redis.keys('{*')).toEqual([]);
    } finally {
      redis.disconnect();
    }
  });
});
