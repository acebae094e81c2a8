// The scorecard import under the BullMQ driver: the API process stores the file and queues the job, a worker imports it.
import type { INestApplicationContext } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../src/config/config';
import { startTestApp, type TestApp } from '../support/test-app';
import { walker, type Walker } from '../support/partnership-walk';
import { startWorkerApp } from '../support/worker-app';
import { waitFor } from '../support/wait';
import { koboExport } from './kobo-export';
import { importSteps } from './scorecard-import-steps';

describe('scorecard import (BullMQ jobs)', () => {
  let t: TestApp;
  let w: Walker;
  let worker: INestApplicationContext | undefined;

  beforeAll(async () => {
    t = await startTestApp({ redis: true });
    w = await walker(t);
  }, 120_000);
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  it('is imported by a worker reading the stored file, with progress, row errors and no second import of the same file', async () => {
    const id = await w.activePartnership();
    const point = (await w.as('cso').post('/api/service-points', { name: 'Angk Ta Saom Health Centre', nameKm: 'មណ្ឌលសុខភាពអង្គតាសោម', kind: 'health_centre', adminUnitCode: '210201' }).expect(201)).body.id;
    const steps = importSteps(t, w);
    const file = koboExport([
      { servicePoint: point, date: '2026-01-15', comment: 'សេវា\nល្អ' },
      { servicePoint: point, date: '2026-01-16', citizen: 7 },
      { servicePoint: point, date: '2026-02-15', comment: 'ល្អណាស់' },
    ]);
    const accepted = await steps.upload('cso', id, file).expect(202);
    // The API process does not run jobs when Redis is there: once relayed (the commit nudges the relay) it waits for a worker.
    await waitFor('the import job relayed', async () => (await w.as('cso').get(`/api/jobs/${accepted.body.jobId}`).expect(200)).body.status === 'queued');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await w.as('cso').get(`/api/jobs/${accepted.body.jobId}`).expect(200)).body.status).toBe('queued');
    worker = await startWorkerApp(t, { env: { DAIKOU_FILES_DIR: t.app.get<AppConfig>(APP_CONFIG).files.dir! } });
    const job = await steps.finished('cso', accepted.body.jobId);
    expect(job).toMatchObject({
      status: 'completed',
      progress: { done: 3, total: 3 },
      result: { imported: 2, failed: 1, errors: [{ row: 3, column: 'grp_scores/polite_citizen', reason: 'Must be a score from 1 to 5, with at most two decimals' }] },
    });
    expect((await steps.upload('cso', id, file).expect(202)).body.jobId).toBe(accepted.body.jobId);
    expect(await steps.scorecardCount(id)).toBe(2);
  }, 60_000);
});
