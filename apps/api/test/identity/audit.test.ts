// The audit log over HTTP (what is recorded, filters, who may read it) and its hash chain against tampering.
import { Client } from 'pg';
import { AuditService } from '../../src/audit/audit.service';
import { startTestApp, type TestApp } from '../support/test-app';
import { bearer, expectProblem } from './problems';

interface Entry {
  seq: string;
  at: string;
  actorId: string | null;
  actorOrganizationId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  summary: Record<string, unknown>;
  requestId: string | null;
  ip: string | null;
  hash: string;
}

let t: TestApp;
let admin: { token: string; id: string; organizationId: string };
let officer: { token: string; id: string };
let organizationId: string;

async function signIn(email: string) {
  const response = await t.http.post('/api/auth/login').set('X-Request-Id', `login-${email.split('@')[0]}`).send({ email, password: 'daikou-demo-2026' });
  expect(response.status).toBe(200);
  return { token: response.body.token as string, id: response.body.user.id as string, organizationId: response.body.user.organizationId as string };
}

async function entries(query: string): Promise<Entry[]> {
  const response = await t.http.get(`/api/audit?${query}`).set(bearer(admin.token));
  expect(response.status).toBe(200);
  return response.body.items;
}

async function asSuperuser<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: t.databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await signIn('admin@daikou.demo');
  officer = await signIn('cso@daikou.demo');
  const created = await t.http
    .post('/api/organizations')
    .set(bearer(admin.token))
    .set('X-Request-Id', 'audit-create-1')
    .send({ name: 'Prey Kabbas Water Users', kind: 'non_state', type: 'cbo', adminUnitCode: '2106', sectors: ['water_sanitation'] });
  expect(created.status).toBe(201);
  organizationId = created.body.id;
  const updated = await t.http
    .patch(`/api/organizations/${organizationId}`)
    .set(bearer(admin.token))
    .set('X-Request-Id', 'audit-update-1')
    .send({ name: 'Prey Kabbas Water User Community', sectors: ['water_sanitation'] });
  expect(updated.status).toBe(200);
});
afterAll(() => t.close());

describe('GET /api/audit', () => {
  it('records a sign-in with the user as actor', async () => {
    const [login] = await entries(`action=auth.login&entityId=${admin.id}`);
    expect(login).toMatchObject({ action: 'auth.login', actorId: admin.id, actorOrganizationId: admin.organizationId, entityType: 'user', requestId: 'login-admin' });
    expect(login!.ip).toEqual(expect.any(String));
  });

  it('records a create and an update with actor, request id and what changed, newest first', async () => {
    const found = await entries(`entityId=${organizationId}`);
    expect(found.map((entry) => entry.action)).toEqual(['organization.update', 'organization.create']);
    const [update, create] = found as [Entry, Entry];
    expect(create).toMatchObject({
      actorId: admin.id,
      entityType: 'organization',
      entityId: organizationId,
      requestId: 'audit-create-1',
      summary: { name: 'Prey Kabbas Water Users', kind: 'non_state', type: 'cbo', adminUnitCode: '2106' },
    });
    // Only fields that really changed: the unchanged sectors are not in the summary.
    expect(update).toMatchObject({ actorId: admin.id, entityId: organizationId, requestId: 'audit-update-1' });
    expect(update.summary).toEqual({ name: ['Prey Kabbas Water Users', 'Prey Kabbas Water User Community'] });
    expect(BigInt(update.seq)).toBeGreaterThan(BigInt(create.seq));
    expect(update.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('records a refused action as policy.refused, and the refused change does not happen', async () => {
    const refused = await t.http
      .post('/api/organizations')
      .set(bearer(officer.token))
      .set('X-Request-Id', 'audit-refused-1')
      .send({ name: 'Not Allowed Here', kind: 'non_state', type: 'cbo', adminUnitCode: '21', sectors: ['youth'] });
    expectProblem(refused, 403, 'forbidden');
    const [entry] = await entries('action=policy.refused');
    expect(entry).toMatchObject({
      action: 'policy.refused',
      actorId: officer.id,
      requestId: 'audit-refused-1',
      summary: { attempted: 'organization.create', reason: 'forbidden' },
    });
    expect(await entries('action=organization.create&limit=200')).not.toContainEqual(
      expect.objectContaining({ summary: expect.objectContaining({ name: 'Not Allowed Here' }) }),
    );
  });

  it('records a failed sign-in without a session', async () => {
    expect((await t.http.post('/api/auth/login').send({ email: 'reviewer@daikou.demo', password: 'wrong password' })).status).toBe(401);
    const [failed] = await entries('action=auth.login_failed');
    expect(failed).toMatchObject({ actorId: null, entityType: 'user', summary: { reason: 'wrong_password' } });
  });

  it('filters by action and by entity', async () => {
    const creates = await entries('action=organization.create');
    expect(creates.length).toBeGreaterThan(0);
    expect(creates.every((entry) => entry.action === 'organization.create')).toBe(true);
    const ofOrganization = await entries(`entityId=${organizationId}&action=organization.update`);
    expect(ofOrganization).toHaveLength(1);
    expect(await entries(`actorId=${officer.id}&action=organization.update`)).toEqual([]);
  });

  it('pages newest first without overlap', async () => {
    const first = await t.http.get('/api/audit?limit=2').set(bearer(admin.token));
    const second = await t.http.get(`/api/audit?limit=2&cursor=${first.body.nextCursor}`).set(bearer(admin.token));
    const four = await entries('limit=4');
    expect([...first.body.items, ...second.body.items]).toEqual(four);
    const seqs = four.map((entry) => BigInt(entry.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => (a > b ? -1 : 1)));
  });

  it('refuses a forged cursor with a 422', async () => {
    const forged = Buffer.from(JSON.stringify(['not-a-number'])).toString('base64url');
    expectProblem(await t.http.get(`/api/audit?cursor=${forged}`).set(bearer(admin.token)), 422, 'validation', 'query.cursor');
  });

  it('is for admins only', async () => {
    expectProblem(await t.http.get('/api/audit').set(bearer(officer.token)), 403, 'forbidden');
    expectProblem(await t.http.get('/api/audit'), 401, 'unauthenticated');
  });
});

describe('the hash chain', () => {
  it('refuses UPDATE and DELETE of an entry at the database', async () => {
    await asSuperuser(async (client) => {
      await expect(client.query(`UPDATE audit_entries SET summary = '{}' WHERE entity_id = $1`, [organizationId])).rejects.toThrow(/append-only/);
      await expect(client.query(`DELETE FROM audit_entries WHERE entity_id = $1`, [organizationId])).rejects.toThrow(/append-only/);
    });
    expect(await entries(`entityId=${organizationId}`)).toHaveLength(2);
  });

  it('verifies, then reports the first tampered entry', async () => {
    const audit = new AuditService(t.dataSource);
    const intact = await audit.verify();
    expect(intact).toEqual({ ok: true, entries: expect.any(Number) });
    expect(intact.entries).toBeGreaterThan(3);

    const [, create] = (await entries(`entityId=${organizationId}`)) as [Entry, Entry];
    await asSuperuser(async (client) => {
      await client.query('ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only');
      try {
        await client.query(`UPDATE audit_entries SET summary = jsonb_set(summary, '{name}', '"Someone Else"') WHERE seq = $1`, [create.seq]);
      } finally {
        await client.query('ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only');
      }
    });
    expect(await audit.verify()).toEqual({ ok: false, entries: expect.any(Number), brokenAt: create.seq, reason: expect.any(String) });
  });
});
