// Who may read and change a partnership: every partnership endpoint × each role, own vs another organisation.
// Another organisation's officers get 404 (never data); reviewers and admins read all but only act as the state machine allows.
import { startTestApp, type TestApp } from '../support/test-app';
import { walker, type Walker } from '../support/partnership-walk';

type Who = 'anonymous' | 'admin' | 'reviewer' | 'sna' | 'cso' | 'network' | 'district';
const CALLERS: Who[] = ['anonymous', 'admin', 'reviewer', 'sna', 'cso', 'network', 'district'];

describe('partnership permission matrix', () => {
  let t: TestApp;
  let w: Walker;
  let draft: string;

  beforeAll(async () => {
    t = await startTestApp();
    w = await walker(t);
    const created = await w.as('sna').post('/api/partnerships', {
      title: 'Matrix', function: 'information_sharing', form: 'information_sharing', goals: 'Share plans.',
      parties: [{ organizationId: w.orgs['Takéo Provincial Administration'] }, { organizationId: w.orgs['Khmer Community Health Association'] }],
      adminUnitCodes: ['21'], sectors: ['governance'], startDate: '2026-01-01', endDate: '2026-12-31',
    }).expect(201);
    draft = created.body.id;
  });
  afterAll(() => t?.close());

  const reads = ['', '/history', '/mou/versions', '/mou/template', '/mou/signatures', '/reviews', '/amendments'];
  const readable: Record<Who, number> = { anonymous: 401, admin: 200, reviewer: 200, sna: 200, cso: 200, network: 404, district: 404 };

  describe.each(reads)('GET /api/partnerships/:id%s', (suffix) => {
    it.each(CALLERS)('as %s', async (who) => {
      const request = t.http.get(`/api/partnerships/${draft}${suffix}`);
      const response = who === 'anonymous' ? await request : await request.auth(w.tokens[who]!, { type: 'bearer' });
      expect(response.status).toBe(readable[who]);
      if (response.status === 404) expect(JSON.stringify(response.body)).not.toContain('Matrix');
    });
  });

  const writes: { name: string; path: string; method: 'post' | 'patch'; body: object; expected: Record<Who, number> }[] = [
    { name: 'PATCH', path: '', method: 'patch', body: { goals: 'Share plans monthly.' }, expected: { anonymous: 401, admin: 403, reviewer: 403, sna: 200, cso: 200, network: 404, district: 404 } },
    { name: 'write an MoU version while draft', path: '/mou/versions', method: 'post', body: { clauses: [{ key: 'purpose', titleEn: 'Purpose', textEn: 'To share plans.' }] }, expected: { anonymous: 401, admin: 403, reviewer: 403, sna: 409, cso: 409, network: 404, district: 404 } },
    { name: 'accept_proposal while draft', path: '/actions/accept_proposal', method: 'post', body: {}, expected: { anonymous: 401, admin: 403, reviewer: 409, sna: 403, cso: 403, network: 404, district: 404 } },
    { name: 'review while draft', path: '/reviews', method: 'post', body: { kind: 'periodic', decision: 'continue', lessons: 'x' }, expected: { anonymous: 401, admin: 403, reviewer: 409, sna: 403, cso: 403, network: 404, district: 404 } },
    { name: 'open an amendment while draft', path: '/amendments', method: 'post', body: { reason: 'x' }, expected: { anonymous: 401, admin: 403, reviewer: 403, sna: 409, cso: 409, network: 404, district: 404 } },
  ];

  describe.each(writes)('$name', ({ path, method, body, expected }) => {
    it.each(CALLERS)('as %s', async (who) => {
      const request = t.http[method](`/api/partnerships/${draft}${path}`).send(body);
      const response = who === 'anonymous' ? await request : await request.auth(w.tokens[who]!, { type: 'bearer' });
      expect(response.status).toBe(expected[who]);
      expect(response.status === 200 || response.headers['content-type']?.includes('application/problem+json')).toBe(true);
    });
  });

  it('lists only what each caller may see', async () => {
    const ids = async (who: Who) => (await w.as(who).get('/api/partnerships').expect(200)).body.items.map((p: { id: string }) => p.id);
    expect(await ids('sna')).toContain(draft);
    expect(await ids('cso')).toContain(draft);
    expect(await ids('reviewer')).toContain(draft);
    expect(await ids('network')).not.toContain(draft);
    expect(await ids('district')).not.toContain(draft);
    await t.http.get('/api/partnerships').expect(401);
  });

  it('names the field of bad input on create, never a 500', async () => {
    const cases: [object, string][] = [
      [{}, 'title'],
      [{ title: 'x', function: 'fishing' }, 'function'],
      [{ title: 'x', function: 'service_delivery', form: 'collaboration', goals: 'g', parties: [], adminUnitCodes: ['21'], sectors: ['health'], startDate: '2026-01-01', endDate: '2026-02-01' }, 'parties'],
      [{ title: 'x', function: 'service_delivery', form: 'collaboration', goals: 'g', parties: [{ organizationId: w.orgs['Takéo Provincial Administration'] }, { organizationId: w.orgs['Khmer Community Health Association'] }], adminUnitCodes: ['21'], sectors: ['health'], startDate: '2026-03-01', endDate: '2026-02-01' }, 'endDate'],
      [{ title: 'x', function: 'service_delivery', form: 'collaboration', goals: 'g', parties: [{ organizationId: w.orgs['Takéo Provincial Administration'] }, { organizationId: w.orgs['Khmer Community Health Association'] }], adminUnitCodes: ['9999'], sectors: ['health'], startDate: '2026-01-01', endDate: '2026-02-01' }, 'adminUnitCodes.0'],
    ];
    for (const [body, path] of cases) {
      const response = await w.as('sna').post('/api/partnerships', body);
      expect(response.status).toBe(422);
      expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });
});
