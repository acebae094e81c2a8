// The permission matrix of the identity endpoints: for each endpoint and each role (and anonymous), the exact status.
import type { Test } from 'supertest';
import { JobRecord } from '../../src/jobs/job.entity';
import { startTestApp, type TestApp } from '../support/test-app';
import { bearer, expectProblem } from './problems';

type Caller = 'anonymous' | 'admin' | 'moi_reviewer' | 'sna_officer' | 'cso_officer';
const CALLERS: Caller[] = ['anonymous', 'admin', 'moi_reviewer', 'sna_officer', 'cso_officer'];
const EMAILS: Record<Exclude<Caller, 'anonymous'>, string> = {
  admin: 'admin@daikou.demo',
  moi_reviewer: 'reviewer@daikou.demo',
  sna_officer: 'sna@daikou.demo',
  cso_officer: 'cso@daikou.demo',
};
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

interface Fixture {
  tokens: Partial<Record<Caller, string>>;
  userIds: Partial<Record<Caller, string>>;
  /** A user none of the callers is. */
  otherUserId: string;
  takeoId: string;
  khmerHealthId: string;
  snaJobId: string;
}

let t: TestApp;
let fx: Fixture;

beforeAll(async () => {
  t = await startTestApp();
  const tokens: Fixture['tokens'] = {};
  const userIds: Fixture['userIds'] = {};
  const organizationIds: Partial<Record<Caller, string>> = {};
  for (const [caller, email] of Object.entries(EMAILS) as [Caller, string][]) {
    const response = await t.http.post('/api/auth/login').send({ email, password: 'daikou-demo-2026' });
    tokens[caller] = response.body.token;
    userIds[caller] = response.body.user.id;
    organizationIds[caller] = response.body.user.organizationId;
  }
  const others = await t.http.get('/api/users?q=sna.signatory').set(bearer(tokens.admin!));
  const job = await t.dataSource.getRepository(JobRecord).insert({
    name: 'test.identity',
    queue: 'default',
    payload: {},
    status: 'completed',
    requestedBy: userIds.sna_officer!,
  });
  fx = {
    tokens,
    userIds,
    otherUserId: others.body.items[0].id,
    takeoId: organizationIds.sna_officer!,
    khmerHealthId: organizationIds.cso_officer!,
    snaJobId: job.identifiers[0]!.id,
  };
});
afterAll(() => t.close());

function as(caller: Caller, request: Test): Test {
  const token = fx.tokens[caller];
  return token ? request.set(bearer(token)) : request;
}

interface Endpoint {
  name: string;
  send: (caller: Caller) => Test;
  expected: Record<Caller, number>;
}

const everyone = (status: number, anonymous = 401): Record<Caller, number> => ({
  anonymous,
  admin: status,
  moi_reviewer: status,
  sna_officer: status,
  cso_officer: status,
});
const adminOnly = (adminStatus: number, others = 403): Record<Caller, number> => ({ ...everyone(others), admin: adminStatus });

const ENDPOINTS: Endpoint[] = [
  { name: 'GET /api/organizations', send: () => t.http.get('/api/organizations'), expected: everyone(200) },
  {
    name: 'POST /api/organizations',
    send: (caller) =>
      t.http.post('/api/organizations').send({ name: `Registered by ${caller}`, kind: 'non_state', type: 'cbo', adminUnitCode: '21', sectors: ['youth'] }),
    expected: adminOnly(201),
  },
  { name: 'GET /api/organizations/:takeo', send: () => t.http.get(`/api/organizations/${fx.takeoId}`), expected: everyone(200) },
  { name: 'GET /api/organizations/:unknown', send: () => t.http.get(`/api/organizations/${UNKNOWN_ID}`), expected: everyone(404) },
  { name: 'GET /api/organizations/not-a-uuid', send: () => t.http.get('/api/organizations/not-a-uuid'), expected: everyone(422) },
  {
    name: 'PATCH /api/organizations/:takeo name',
    send: (caller) => t.http.patch(`/api/organizations/${fx.takeoId}`).send({ name: `Takéo Provincial Administration (${caller})` }),
    expected: { anonymous: 401, admin: 200, moi_reviewer: 403, sna_officer: 200, cso_officer: 403 },
  },
  {
    name: 'PATCH /api/organizations/:khmerHealth name',
    send: (caller) => t.http.patch(`/api/organizations/${fx.khmerHealthId}`).send({ name: `Khmer Community Health Association (${caller})` }),
    expected: { anonymous: 401, admin: 200, moi_reviewer: 403, sna_officer: 403, cso_officer: 200 },
  },
  {
    // The admin may change the kind, but a province is no non-state type: 422 rather than 403.
    name: 'PATCH /api/organizations/:takeo kind',
    send: () => t.http.patch(`/api/organizations/${fx.takeoId}`).send({ kind: 'non_state' }),
    expected: { anonymous: 401, admin: 422, moi_reviewer: 403, sna_officer: 403, cso_officer: 403 },
  },
  {
    name: 'PATCH /api/organizations/:khmerHealth type',
    // Each caller asks for a type the organisation does not have yet (an unchanged field is no change).
    send: (caller) => t.http.patch(`/api/organizations/${fx.khmerHealthId}`).send({ type: caller === 'admin' ? 'cbo' : 'international_ngo' }),
    expected: { anonymous: 401, admin: 200, moi_reviewer: 403, sna_officer: 403, cso_officer: 403 },
  },
  { name: 'PATCH /api/organizations/:unknown', send: () => t.http.patch(`/api/organizations/${UNKNOWN_ID}`).send({ name: 'Nobody' }), expected: everyone(404) },
  { name: 'GET /api/users', send: () => t.http.get('/api/users'), expected: adminOnly(200) },
  {
    name: 'POST /api/users',
    send: (caller) =>
      t.http.post('/api/users').send({
        email: `created.by.${caller}@daikou.test`,
        name: 'New Officer',
        password: 'mekong river at dusk',
        role: 'cso_officer',
        organizationId: fx.khmerHealthId,
      }),
    expected: adminOnly(201),
  },
  { name: 'GET /api/users/:own', send: (caller) => t.http.get(`/api/users/${fx.userIds[caller] ?? fx.otherUserId}`), expected: everyone(200) },
  { name: 'GET /api/users/:other', send: () => t.http.get(`/api/users/${fx.otherUserId}`), expected: adminOnly(200, 404) },
  { name: 'GET /api/users/:unknown', send: () => t.http.get(`/api/users/${UNKNOWN_ID}`), expected: everyone(404) },
  { name: 'GET /api/users/not-a-uuid', send: () => t.http.get('/api/users/not-a-uuid'), expected: everyone(422) },
  { name: 'PATCH /api/users/:other', send: () => t.http.patch(`/api/users/${fx.otherUserId}`).send({ locale: 'en' }), expected: adminOnly(200) },
  {
    name: 'PATCH /api/users/:own',
    send: (caller) => t.http.patch(`/api/users/${fx.userIds[caller] ?? fx.otherUserId}`).send({ name: 'Renamed Self' }),
    expected: adminOnly(200),
  },
  { name: 'GET /api/audit', send: () => t.http.get('/api/audit'), expected: adminOnly(200) },
  { name: 'GET /api/admin-units', send: () => t.http.get('/api/admin-units'), expected: everyone(200, 200) },
  { name: 'GET /api/admin-units/21', send: () => t.http.get('/api/admin-units/21'), expected: everyone(200, 200) },
  {
    name: 'GET /api/jobs/:snaJob',
    send: () => t.http.get(`/api/jobs/${fx.snaJobId}`),
    expected: { anonymous: 401, admin: 200, moi_reviewer: 404, sna_officer: 200, cso_officer: 404 },
  },
  { name: 'GET /api/jobs/:unknown', send: () => t.http.get(`/api/jobs/${UNKNOWN_ID}`), expected: everyone(404) },
];

const ROWS = ENDPOINTS.flatMap((endpoint) => CALLERS.map((caller) => [endpoint.name, caller, endpoint.expected[caller], endpoint] as const));

describe('permission matrix', () => {
  it.each(ROWS)('%s as %s → %d', async (_name, caller, expected, endpoint) => {
    const response = await as(caller, endpoint.send(caller));
    expect(response.status).toBe(expected);
    if (expected >= 400) expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('visibility', () => {
  it('answers a user the caller may not see exactly like a missing one, without any of its data', async () => {
    const hidden = await as('cso_officer', t.http.get(`/api/users/${fx.otherUserId}`));
    const missing = await as('cso_officer', t.http.get(`/api/users/${UNKNOWN_ID}`));
    expectProblem(hidden, 404, 'not_found');
    expect(JSON.stringify(hidden.body)).not.toContain('sna.signatory');
    expect(hidden.body.detail).toBe(missing.body.detail);
  });

  it('shows the caller their own user record', async () => {
    const own = await as('sna_officer', t.http.get(`/api/users/${fx.userIds.sna_officer}`));
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ id: fx.userIds.sna_officer, email: 'sna@daikou.demo', role: 'sna_officer', active: true });
  });

  it('names params.id when an id is not a UUID', async () => {
    expectProblem(await as('admin', t.http.get('/api/users/42')), 422, 'validation', 'params.id');
    expectProblem(await as('sna_officer', t.http.get('/api/organizations/takeo')), 422, 'validation', 'params.id');
    expectProblem(await as('sna_officer', t.http.get('/api/jobs/latest')), 422, 'validation', 'params.id');
  });

  it('refuses an officer changing its own organisation kind with a forbidden problem, and changes nothing', async () => {
    expectProblem(await as('cso_officer', t.http.patch(`/api/organizations/${fx.khmerHealthId}`).send({ kind: 'state', type: 'ministry' })), 403, 'forbidden');
    expectProblem(await as('cso_officer', t.http.patch(`/api/organizations/${fx.khmerHealthId}`).send({ adminUnitCode: '12' })), 403, 'forbidden');
    const organization = await as('cso_officer', t.http.get(`/api/organizations/${fx.khmerHealthId}`));
    expect(organization.body).toMatchObject({ kind: 'non_state', adminUnitCode: '2102' });
  });

  it('lets an officer resend unchanged admin-only fields along with a profile change', async () => {
    const response = await as('sna_officer', t.http.patch(`/api/organizations/${fx.takeoId}`).send({ kind: 'state', sectors: ['governance', 'health'] }));
    expect(response.status).toBe(200);
    expect(response.body.sectors).toEqual(['governance', 'health']);
  });
});
