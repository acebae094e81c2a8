// Drives a partnership through the API with the demo accounts (Takéo province × Khmer Community Health Association).
import type { TestApp } from './test-app';

export interface Walker {
  tokens: Record<string, string>;
  orgs: Record<string, string>;
  as(who: string): {
    get(path: string): ReturnType<TestApp['http']['get']>;
    post(path: string, body?: object): ReturnType<TestApp['http']['post']>;
  };
  act(id: string, who: string, action: string, body?: object): ReturnType<TestApp['http']['post']>;
  /** A new partnership moved to `active` (proposal accepted, MoU v1 from the template approved and signed by both). */
  activePartnership(overrides?: object): Promise<string>;
}

export const DEMO_ROLES = ['sna', 'sna.signatory', 'cso', 'cso.signatory', 'reviewer', 'network', 'admin', 'district'];

export async function walker(t: TestApp): Promise<Walker> {
  const tokens: Record<string, string> = {};
  for (const who of DEMO_ROLES) tokens[who] = await t.login(`${who}@daikou.demo`);
  const as = (who: string) => ({
    get: (path: string) => t.http.get(path).auth(tokens[who]!, { type: 'bearer' }),
    post: (path: string, body: object = {}) => t.http.post(path).auth(tokens[who]!, { type: 'bearer' }).send(body),
  });
  const orgs: Record<string, string> = {};
  const list = await as('admin').get('/api/organizations?limit=100').expect(200);
  for (const o of list.body.items as { id: string; name: string }[]) orgs[o.name] = o.id;
  const act = (id: string, who: string, action: string, body: object = {}) => as(who).post(`/api/partnerships/${id}/actions/${action}`, body);

  async function activePartnership(overrides: object = {}): Promise<string> {
    const created = await as('sna').post('/api/partnerships', {
      title: 'Health centre scorecards',
      function: 'service_monitoring',
      form: 'collaboration',
      goals: 'Citizens score health services; both sides follow up.',
      parties: [{ organizationId: orgs['Takéo Provincial Administration'] }, { organizationId: orgs['Khmer Community Health Association'] }],
      adminUnitCodes: ['2102'],
      sectors: ['health'],
      startDate: '2026-01-01',
      endDate: '2027-12-31',
      ...overrides,
    }).expect(201);
    const id = created.body.id as string;
    await act(id, 'sna', 'submit_proposal').expect(200);
    await act(id, 'reviewer', 'accept_proposal').expect(200);
    const template = await as('sna').get(`/api/partnerships/${id}/mou/template`).expect(200);
    await as('sna').post(`/api/partnerships/${id}/mou/versions`, { clauses: template.body.clauses }).expect(201);
    await act(id, 'sna', 'submit_mou').expect(200);
    await act(id, 'reviewer', 'approve').expect(200);
    await act(id, 'sna.signatory', 'sign').expect(200);
    await act(id, 'cso.signatory', 'sign').expect(200);
    return id;
  }

  return { tokens, orgs, as, act, activePartnership };
}
