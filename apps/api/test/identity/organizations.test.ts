// The organisation registry over HTTP (create, validation, search, filters, pagination) and creating users in it.
import { startTestApp, type TestApp } from '../support/test-app';
import { bearer, expectProblem } from './problems';

let t: TestApp;
let admin: string;
let officer: string;
let khmerHealthId: string;
let takeoId: string;

const newOrganization = {
  name: 'Kiri Vong Farmers Cooperative',
  nameKm: 'សហគមន៍កសិករគិរីវង់',
  kind: 'non_state',
  type: 'cbo',
  adminUnitCode: '2104',
  sectors: ['agriculture', 'youth'],
  capacities: ['seed banks'],
};

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin@daikou.demo');
  officer = await t.login('cso@daikou.demo');
  khmerHealthId = (await t.http.get('/api/auth/me').set(bearer(officer))).body.organizationId;
  takeoId = (await t.http.get('/api/auth/me').set(bearer(await t.login('sna@daikou.demo')))).body.organizationId;
});
afterAll(() => t.close());

async function names(query: string, token = officer): Promise<string[]> {
  const response = await t.http.get(`/api/organizations?${query}`).set(bearer(token));
  expect(response.status).toBe(200);
  return response.body.items.map((o: { name: string }) => o.name);
}

describe('creating an organisation', () => {
  it('answers 201 with the stored organisation', async () => {
    const response = await t.http.post('/api/organizations').set(bearer(admin)).send(newOrganization);
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      ...newOrganization,
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      endorsingOrganizationId: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      version: 1,
    });
    const read = await t.http.get(`/api/organizations/${response.body.id}`).set(bearer(officer));
    expect(read.body).toEqual(response.body);
  });

  it('keeps an endorsing state organisation', async () => {
    const response = await t.http
      .post('/api/organizations')
      .set(bearer(admin))
      .send({ name: 'Tram Kak District Administration', kind: 'state', type: 'district', adminUnitCode: '2109', sectors: ['governance'], endorsingOrganizationId: takeoId });
    expect(response.status).toBe(201);
    expect(response.body.endorsingOrganizationId).toBe(takeoId);
  });

  it.each([
    ['an admin unit code of the wrong form', { adminUnitCode: '2x' }, 'adminUnitCode'],
    ['an unknown admin unit code', { adminUnitCode: '99' }, 'adminUnitCode'],
    ['a type not fitting the kind', { kind: 'state', type: 'cbo' }, 'type'],
    ['no sectors', { sectors: [] }, 'sectors'],
    ['an unknown sector', { sectors: ['space'] }, 'sectors.0'],
    ['a blank name', { name: '  ' }, 'name'],
    ['a Khmer name without Khmer script', { nameKm: 'Kiri Vong' }, 'nameKm'],
    ['an unknown endorser', { endorsingOrganizationId: '00000000-0000-4000-8000-000000000000' }, 'endorsingOrganizationId'],
  ])('refuses %s with a 422 naming the field', async (_case, change, path) => {
    const response = await t.http.post('/api/organizations').set(bearer(admin)).send({ ...newOrganization, name: 'Refused Organisation', ...change });
    expectProblem(response, 422, 'validation', path);
    expect(await names('q=Refused', admin)).toEqual([]);
  });

  it('refuses a non-state organisation as endorser', async () => {
    const response = await t.http.post('/api/organizations').set(bearer(admin)).send({ ...newOrganization, endorsingOrganizationId: khmerHealthId });
    expectProblem(response, 422, 'validation', 'endorsingOrganizationId');
  });

  it('refuses a changed kind that no longer fits the type, naming type', async () => {
    expectProblem(await t.http.patch(`/api/organizations/${takeoId}`).set(bearer(admin)).send({ kind: 'non_state' }), 422, 'validation', 'type');
  });

  it('records what an update changed and counts the version up', async () => {
    const before = (await t.http.get(`/api/organizations/${khmerHealthId}`).set(bearer(officer))).body;
    const response = await t.http.patch(`/api/organizations/${khmerHealthId}`).set(bearer(officer)).send({ capacities: [...before.capacities, 'budget tracking'] });
    expect(response.status).toBe(200);
    expect(response.body.version).toBe(before.version + 1);
    expect(response.body.capacities).toContain('budget tracking');
  });
});

describe('searching organisations', () => {
  it('finds by Latin name without accents', async () => {
    expect(await names('q=Takeo%20Provincial')).toEqual(['Takéo Provincial Administration']);
    expect(await names('q=TAKÉO')).toEqual(expect.arrayContaining(['Takéo Provincial Administration', 'Takéo Youth for Clean Water']));
  });

  it('finds by a part of the Khmer name', async () => {
    expect(await names(`q=${encodeURIComponent('សុខភាពសហគមន៍')}`)).toEqual(['Khmer Community Health Association']);
  });

  it('filters by kind', async () => {
    const nonState = await names('kind=non_state&limit=200');
    expect(nonState).toEqual(expect.arrayContaining(['Khmer Community Health Association', 'Social Accountability CSO Network']));
    expect(nonState).not.toContain('Ministry of Interior');
    expect(await names('kind=state&limit=200')).not.toContain('Khmer Community Health Association');
  });

  it('filters by sector', async () => {
    const water = await names('sector=water_sanitation');
    expect(water.sort()).toEqual(['Bati District Administration', 'Takéo Youth for Clean Water']);
  });

  it('filters by a part of a capacity, ignoring case', async () => {
    expect(await names('capacity=Scorecard')).toEqual(['Khmer Community Health Association']);
  });

  it('finds an area and every unit below it, and nothing elsewhere', async () => {
    const takeo = await names('adminUnit=21&limit=200');
    expect(takeo).toEqual(
      expect.arrayContaining(['Takéo Provincial Administration', 'Bati District Administration', 'Chambak Commune Council', 'Khmer Community Health Association']),
    );
    expect(takeo).not.toContain('Ministry of Interior');
    expect(takeo).not.toContain('Education Partners International');
    expect((await names('adminUnit=2102')).sort()).toEqual([
      'Bati District Administration',
      'Chambak Commune Council',
      'Khmer Community Health Association',
      'Takéo Youth for Clean Water',
    ]);
  });

  it('combines filters', async () => {
    expect(await names('adminUnit=21&kind=state&sector=health')).toEqual(['Takéo Provincial Administration']);
  });

  it('treats LIKE wildcards in the search text literally', async () => {
    expect(await names('q=%25')).toEqual([]);
    expect(await names('q=_')).toEqual([]);
  });

  it.each([
    ['an unknown kind', 'kind=public', 'query.kind'],
    ['an admin unit of the wrong form', 'adminUnit=2', 'query.adminUnit'],
    ['an unknown sector', 'sector=space', 'query.sector'],
    ['a limit above 200', 'limit=201', 'query.limit'],
  ])('refuses %s with a 422 naming the parameter', async (_case, query, path) => {
    expectProblem(await t.http.get(`/api/organizations?${query}`).set(bearer(officer)), 422, 'validation', path);
  });
});

describe('paging through organisations', () => {
  it('follows nextCursor through every organisation in name order without overlap', async () => {
    const all = await names('limit=200');
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { body: { items: { name: string }[]; nextCursor: string | null } } = await t.http
        .get(`/api/organizations?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
        .set(bearer(officer));
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((o) => o.name));
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    expect(all.length).toBeGreaterThan(4);
    expect(seen).toEqual(all);
    expect([...all].sort((a, b) => a.localeCompare(b))).toEqual(all.slice().sort((a, b) => a.localeCompare(b)));
  });

  it('gives the next two after the first page', async () => {
    const first = await t.http.get('/api/organizations?limit=2').set(bearer(officer));
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await t.http.get(`/api/organizations?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`).set(bearer(officer));
    expect(second.body.items).toHaveLength(2);
    const firstIds = first.body.items.map((o: { id: string }) => o.id);
    for (const item of second.body.items) expect(firstIds).not.toContain(item.id);
    const all = await names('limit=4');
    expect([...first.body.items, ...second.body.items].map((o: { name: string }) => o.name)).toEqual(all);
  });

  it('answers null nextCursor on the last page', async () => {
    const page = await t.http.get('/api/organizations?limit=200').set(bearer(officer));
    expect(page.body.nextCursor).toBeNull();
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['a cursor of another list', Buffer.from(JSON.stringify(['only-one-key'])).toString('base64url')],
    ['a forged cursor whose id is no UUID', Buffer.from(JSON.stringify(['Bati', 'not-a-uuid'])).toString('base64url')],
  ])('refuses %s with a 422', async (_case, cursor) => {
    expectProblem(await t.http.get(`/api/organizations?cursor=${cursor}`).set(bearer(officer)), 422, 'validation', 'query.cursor');
  });
});

describe('creating users', () => {
  const person = (change: Record<string, unknown>) => ({
    email: 'new.officer@daikou.test',
    name: 'Sophea New',
    password: 'mekong river at dusk',
    role: 'cso_officer',
    organizationId: khmerHealthId,
    ...change,
  });

  it('creates a user who can then sign in', async () => {
    const response = await t.http.post('/api/users').set(bearer(admin)).send(person({ email: 'Sophea@Daikou.Test', isSignatory: true, locale: 'en' }));
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      email: 'sophea@daikou.test',
      name: 'Sophea New',
      role: 'cso_officer',
      organizationId: khmerHealthId,
      isSignatory: true,
      locale: 'en',
      active: true,
      createdAt: expect.any(String),
    });
    expect(JSON.stringify(response.body)).not.toMatch(/password|hash/i);
    const token = await t.login('sophea@daikou.test', 'mekong river at dusk');
    expect((await t.http.get('/api/auth/me').set(bearer(token))).body.id).toBe(response.body.id);
  });

  it('refuses a role that does not fit the organisation kind, naming role', async () => {
    expectProblem(await t.http.post('/api/users').set(bearer(admin)).send(person({ role: 'sna_officer' })), 422, 'validation', 'role');
    expectProblem(await t.http.post('/api/users').set(bearer(admin)).send(person({ role: 'cso_officer', organizationId: takeoId })), 422, 'validation', 'role');
  });

  it('refuses an unknown organisation, naming organizationId', async () => {
    const response = await t.http.post('/api/users').set(bearer(admin)).send(person({ organizationId: '00000000-0000-4000-8000-000000000000' }));
    expectProblem(response, 422, 'validation', 'organizationId');
  });

  it('refuses a second user with the same e-mail in any case with 409', async () => {
    expectProblem(await t.http.post('/api/users').set(bearer(admin)).send(person({ email: 'CSO@daikou.demo' })), 409, 'duplicate');
  });

  it('refuses changing a user to an e-mail that is taken with 409', async () => {
    const created = await t.http.post('/api/users').set(bearer(admin)).send(person({ email: 'rename.me@daikou.test' }));
    const response = await t.http.patch(`/api/users/${created.body.id}`).set(bearer(admin)).send({ email: 'cso@daikou.demo' });
    expectProblem(response, 409, 'duplicate');
  });

  it.each([
    ['a common password', 'password1234'],
    ['a password shorter than 12 characters', 'elevenchars'],
  ])('refuses %s, naming password', async (_case, password) => {
    expectProblem(await t.http.post('/api/users').set(bearer(admin)).send(person({ email: 'weak@daikou.test', password })), 422, 'validation', 'password');
  });

  it('lists users with filters and pages', async () => {
    const csos = await t.http.get(`/api/users?organizationId=${khmerHealthId}&role=cso_officer&limit=200`).set(bearer(admin));
    expect(csos.status).toBe(200);
    const emails = csos.body.items.map((u: { email: string }) => u.email);
    expect(emails).toEqual(expect.arrayContaining(['cso@daikou.demo', 'cso.signatory@daikou.demo']));
    expect(emails).not.toContain('network@daikou.demo');
    const first = await t.http.get('/api/users?limit=3').set(bearer(admin));
    const second = await t.http.get(`/api/users?limit=3&cursor=${first.body.nextCursor}`).set(bearer(admin));
    const all = await t.http.get('/api/users?limit=6').set(bearer(admin));
    expect([...first.body.items, ...second.body.items]).toEqual(all.body.items);
  });
});
