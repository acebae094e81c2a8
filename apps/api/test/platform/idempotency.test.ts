// POST creates with an Idempotency-Key: one create, the same answer on retry, a different body refused.
import { startTestApp, type TestApp } from '../support/test-app';

describe('Idempotency-Key', () => {
  let t: TestApp;
  let admin: string;
  const body = { name: 'Kep Fisheries Community', kind: 'non_state', type: 'cbo', adminUnitCode: '23', sectors: ['agriculture'] };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@daikou.demo');
  });
  afterAll(() => t?.close());

  const post = (key: string, payload: object) =>
    t.http.post('/api/organizations').auth(admin, { type: 'bearer' }).set('Idempotency-Key', key).send(payload);

  it('creates once and answers a retry with the first response', async () => {
    const first = await post('create-kep-1', body).expect(201);
    const retry = await post('create-kep-1', body).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const list = await t.http.get('/api/organizations?q=kep%20fisheries').auth(admin, { type: 'bearer' }).expect(200);
    expect(list.body.items).toHaveLength(1);
  });

  it('refuses the same key with a different body', async () => {
    await post('create-kep-2', body).expect(201);
    const response = await post('create-kep-2', { ...body, name: 'Another name' }).expect(422);
    expect(response.body.type).toBe('urn:daikou:problem:idempotency_mismatch');
  });

  it('lets a failed create be retried with the same key', async () => {
    await post('create-kep-3', { ...body, adminUnitCode: '99' }).expect(422);
    await post('create-kep-3', { ...body, name: 'Kep Fisheries Community 3' }).expect(201);
  });

  it('keeps keys per user, across that user\'s sessions', async () => {
    await post('shared-key', { ...body, name: 'Kep A' }).expect(201);
    const sameUser = await t.login('admin@daikou.demo');
    const replay = await t.http.post('/api/organizations').auth(sameUser, { type: 'bearer' }).set('Idempotency-Key', 'shared-key').send({ ...body, name: 'Kep A' }).expect(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');

    const me = await t.http.get('/api/auth/me').auth(admin, { type: 'bearer' }).expect(200);
    await t.http.post('/api/users').auth(admin, { type: 'bearer' })
      .send({ email: 'second.admin@daikou.demo', name: 'Second Admin', password: 'a long enough passphrase', role: 'admin', organizationId: me.body.organizationId })
      .expect(201);
    const otherUser = await t.login('second.admin@daikou.demo', 'a long enough passphrase');
    const created = await t.http.post('/api/organizations').auth(otherUser, { type: 'bearer' }).set('Idempotency-Key', 'shared-key').send({ ...body, name: 'Kep B' }).expect(201);
    expect(created.headers['idempotent-replayed']).toBeUndefined();
    expect(created.body.name).toBe('Kep B');
  });

  it('names a malformed key', async () => {
    const response = await post('bad key with spaces', body).expect(422);
    expect(response.body.errors[0].path).toBe('headers.idempotency-key');
  });
});
