// A commune's partnership needs its district's endorsement before the MoI reviewer decides, at each review stage.
import { startTestApp, type TestApp } from '../support/test-app';

describe('endorsement by the parent administration', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const orgs: Record<string, string> = {};
  let id: string;
  const as = (who: string) => ({
    get: (path: string) => t.http.get(path).auth(tokens[who]!, { type: 'bearer' }),
    post: (path: string, body: object = {}) => t.http.post(path).auth(tokens[who]!, { type: 'bearer' }).send(body),
  });
  const act = (who: string, action: string, body: object = {}) => as(who).post(`/api/partnerships/${id}/actions/${action}`, body);

  beforeAll(async () => {
    t = await startTestApp();
    for (const who of ['admin', 'reviewer', 'district', 'sna', 'network']) tokens[who] = await t.login(`${who}@daikou.demo`);
    const list = await as('admin').get('/api/organizations?limit=50').expect(200);
    for (const o of list.body.items as { id: string; name: string }[]) orgs[o.name] = o.id;
    await as('admin').post('/api/users', {
      email: 'chambak@daikou.demo', name: 'Chambak Clerk', password: 'commune clerk passphrase', role: 'sna_officer',
      organizationId: orgs['Chambak Commune Council'],
    }).expect(201);
    tokens.commune = await t.login('chambak@daikou.demo', 'commune clerk passphrase');
  });
  afterAll(() => t?.close());

  it('shows the partnership to the district, which must endorse each stage before the reviewer decides', async () => {
    const created = await as('commune').post('/api/partnerships', {
      title: 'Village water pumps in Chambak', function: 'infrastructure', form: 'coordination', goals: 'Repair and maintain 12 pumps.',
      parties: [{ organizationId: orgs['Chambak Commune Council'] }, { organizationId: orgs['Takéo Youth for Clean Water'] }],
      adminUnitCodes: ['210201'], sectors: ['water_sanitation'], startDate: '2026-03-01', endDate: '2026-12-31',
    }).expect(201);
    id = created.body.id;
    expect(created.body.endorsement).toEqual({ requiredFrom: [orgs['Bati District Administration']], givenBy: [] });

    // The district sees it (it is asked to endorse) but is not a party; the province does not see it.
    await as('district').get(`/api/partnerships/${id}`).expect(200);
    expect((await as('district').get('/api/partnerships').expect(200)).body.items.map((p: { id: string }) => p.id)).toContain(id);
    await as('sna').get(`/api/partnerships/${id}`).expect(404);
    await act('district', 'submit_proposal').expect(403);

    await act('commune', 'submit_proposal').expect(200);
    const early = await act('reviewer', 'accept_proposal').expect(409);
    expect(early.body.detail).toMatch(/endorse/i);
    await act('network', 'endorse').expect(404);
    const endorsed = await act('district', 'endorse').expect(200);
    expect(endorsed.body).toMatchObject({ status: 'proposal_review', endorsement: { givenBy: [orgs['Bati District Administration']] } });
    await act('district', 'endorse').expect(409);
    await act('reviewer', 'accept_proposal').expect(200);

    const template = await as('commune').get(`/api/partnerships/${id}/mou/template`).expect(200);
    await as('commune').post(`/api/partnerships/${id}/mou/versions`, { clauses: template.body.clauses }).expect(201);
    await act('commune', 'submit_mou').expect(200);
    await act('reviewer', 'approve').expect(409);
    await act('district', 'endorse').expect(200);
    const approved = await act('reviewer', 'approve').expect(200);
    expect(approved.body.status).toBe('awaiting_signatures');

    const history = await as('commune').get(`/api/partnerships/${id}/history`).expect(200);
    expect(history.body.filter((h: { action: string }) => h.action === 'endorse')).toHaveLength(2);
  });
});
