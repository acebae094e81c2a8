// Walks partnerships through their lifecycle over HTTP as the demo accounts (the notification tests' common ground).
import type { TestApp } from '../support/test-app';

export const DEMO_PEOPLE = ['admin', 'reviewer', 'sna', 'sna.signatory', 'district', 'cso', 'cso.signatory', 'network'] as const;
export type DemoPerson = (typeof DEMO_PEOPLE)[number];

export interface DemoSession {
  userIds: Record<DemoPerson, string>;
  as(who: DemoPerson): {
    get(path: string): ReturnType<TestApp['http']['get']>;
    post(path: string, body?: object): ReturnType<TestApp['http']['post']>;
  };
  act(who: DemoPerson, id: string, action: string, body?: object): ReturnType<TestApp['http']['post']>;
  /** A draft between Takéo Provincial Administration and Khmer Community Health Association, created by `sna`. */
  createDraft(dates?: { startDate: string; endDate: string }): Promise<string>;
  /** From draft to active: proposal accepted, MoU written, approved and signed by both parties. */
  activate(id: string): Promise<void>;
}

export async function demoSession(t: TestApp): Promise<DemoSession> {
  const tokens = {} as Record<DemoPerson, string>;
  for (const who of DEMO_PEOPLE) tokens[who] = await t.login(`${who}@daikou.demo`);
  const users: { id: string; email: string }[] = await t.dataSource.query(`SELECT id, email FROM users`);
  const userIds = Object.fromEntries(
    DEMO_PEOPLE.map((who) => [who, users.find((u) => u.email === `${who}@daikou.demo`)!.id]),
  ) as Record<DemoPerson, string>;
  const orgs: { id: string; name: string }[] = await t.dataSource.query(`SELECT id, name FROM organizations`);
  const org = (name: string) => orgs.find((o) => o.name === name)!.id;

  const as = (who: DemoPerson) => ({
    get: (path: string) => t.http.get(path).auth(tokens[who], { type: 'bearer' }),
    post: (path: string, body: object = {}) => t.http.post(path).auth(tokens[who], { type: 'bearer' }).send(body),
  });
  const act = (who: DemoPerson, id: string, action: string, body: object = {}) => as(who).post(`/api/partnerships/${id}/actions/${action}`, body);

  return {
    userIds,
    as,
    act,
    async createDraft(dates = { startDate: '2026-01-01', endDate: '2027-12-31' }) {
      const takeo = org('Takéo Provincial Administration');
      const health = org('Khmer Community Health Association');
      const response = await as('sna')
        .post('/api/partnerships', {
          title: 'Community scorecards for Bati health centres',
          function: 'service_monitoring',
          form: 'collaboration',
          goals: 'Citizens score health services twice a year; both sides follow up the action plan.',
          parties: [{ organizationId: takeo }, { organizationId: health }],
          adminUnitCodes: ['2102'],
          sectors: ['health'],
          ...dates,
          contributions: [{ organizationId: takeo, kind: 'venue', description: 'Meeting hall at the district office' }],
          risks: [],
        })
        .expect(201);
      return response.body.id as string;
    },
    async activate(id) {
      await act('sna', id, 'submit_proposal').expect(200);
      await act('reviewer', id, 'accept_proposal').expect(200);
      const template = await as('sna').get(`/api/partnerships/${id}/mou/template`).expect(200);
      await as('sna').post(`/api/partnerships/${id}/mou/versions`, { clauses: template.body.clauses }).expect(201);
      await act('sna', id, 'submit_mou').expect(200);
      await act('reviewer', id, 'approve').expect(200);
      await act('sna.signatory', id, 'sign').expect(200);
      const active = await act('cso.signatory', id, 'sign').expect(200);
      if (active.body.status !== 'active') throw new Error(`expected active, got ${active.body.status}`);
    },
  };
}
