// The document job under the BullMQ driver: the API process only enqueues (one job for repeated requests), a worker renders.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config/config';
import { testRedisUrl } from '../support/database-urls';
import { startTestApp, type TestApp } from '../support/test-app';
import { walker, type Walker } from '../support/partnership-walk';
import { waitFor } from '../support/wait';

describe('MoU documents (BullMQ jobs)', () => {
  let t: TestApp;
  let w: Walker;
  let worker: INestApplicationContext | undefined;
  let directory: string;

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'daikou-documents-'));
    t = await startTestApp({ redis: true, env: { DAIKOU_DOCUMENTS_DIR: directory } });
    w = await walker(t);
  }, 120_000);
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('queues one job however often it is asked for, and serves the PDF once a worker rendered it', async () => {
    const id = await w.activePartnership();
    const url = `/api/partnerships/${id}/mou/versions/1/document?lang=en`;
    const first = await w.as('cso').get(url).expect(202);
    const second = await w.as('cso').get(url).expect(202);
    expect(second.body.jobId).toBe(first.body.jobId);
    // The API process does not run jobs when Redis is there: the relay hands the job over and it waits for a worker.
    // (Waited for, not flushed: the commit-triggered relay may hold the row while flush() skips it.)
    await waitFor('the job to be handed to the queue', async () => (await w.as('cso').get(`/api/jobs/${first.body.jobId}`).expect(200)).body.status === 'queued');

    const config = loadConfig({
      DATABASE_URL: t.databaseUrl, REDIS_URL: testRedisUrl(), DAIKOU_DEMO: '0', DAIKOU_DATA_DIR: '/nonexistent', DAIKOU_DOCUMENTS_DIR: directory,
      DAIKOU_WEB_DIST: '/nonexistent', DATABASE_POOL_SIZE: '3', LOG_LEVEL: 'silent',
    });
    worker = await NestFactory.createApplicationContext(AppModule.forRoot({ config, role: 'worker', queuePrefix: t.queuePrefix }), { logger: false });
    await worker.init();
    const job = await waitFor('the worker to render the document', async () => {
      const response = await w.as('cso').get(`/api/jobs/${first.body.jobId}`).expect(200);
      if (response.body.status === 'failed') throw new Error(response.body.error);
      return response.body.status === 'completed' ? response.body : null;
    }, 60_000);
    expect(job).toMatchObject({ progress: { done: 3, total: 3 }, result: { cached: false } });
    const pdf = await w.as('cso').get(url).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`inline; filename="mou-${id}-v1-en.pdf"`);
  });
});
