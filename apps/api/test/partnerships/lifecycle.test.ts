// The whole partnership path over HTTP on PostgreSQL, as each role: proposal → MoU → approval → signatures → active →
// completion → final review → closed, with a returned proposal and a change request on the way.
import { createHash } from 'node:crypto';
import { canonicalMouText } from '@daikou/domain';
import { startTestApp, type TestApp } from '../support/test-app';

describe('partnership lifecycle', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const orgs: Record<string, string> = {};
  let id: string;

  const as = (who: string) => ({
    get: (path: string) => t.http.get(path).auth(tokens[who]!, { type: 'bearer' }),
    post: (path: string, body: object = {}) => t.http.post(path).auth(tokens[who]!, { type: 'bearer' }).send(body),
    patch: (path: string, body: object) => t.http.patch(path).auth(tokens[who]!, { type: 'bearer' }).send(body),
  });
  const act = (who: string, action: string, body: object = {}) => as(who).post(`/api/partnerships/${id}/actions/${action}`, body);

  beforeAll(async () => {
    t = await startTestApp();
    for (const who of ['sna', 'sna.signatory', 'cso', 'cso.signatory', 'reviewer', 'network', 'admin', 'district']) {
      tokens[who] = await t.login(`${who}@daikou.demo`);
    }
    const list = await as('admin').get('/api/organizations?limit=50').expect(200);
    for (const o of list.body.items as { id: string; name: string }[]) orgs[o.name] = o.id;
  });
  afterAll(() => t?.close());

  const proposal = () => ({
    title: 'Community scorecards for Bati health centres',
    function: 'service_monitoring',
    form: 'collaboration',
    goals: 'Citizens score health services twice a year; both sides follow up the action plan.',
    parties: [{ organizationId: orgs['Takéo Provincial Administration'] }, { organizationId: orgs['Khmer Community Health Association'] }],
    adminUnitCodes: ['2102'],
    sectors: ['health'],
    startDate: '2026-01-01',
    endDate: '2027-12-31',
    contributions: [
      { organizationId: orgs['Takéo Provincial Administration'], kind: 'venue', description: 'Meeting hall at the district office' },
      { organizationId: orgs['Khmer Community Health Association'], kind: 'cash', description: 'Facilitation', amount: 4000, currency: 'USD' },
    ],
    risks: [{ description: 'Low turnout in the rainy season', carriedBy: 'shared' }],
  });

  it('refuses a proposal whose parties are all state organisations, naming the field', async () => {
    const response = await as('sna').post('/api/partnerships', {
      ...proposal(),
      parties: [{ organizationId: orgs['Takéo Provincial Administration'] }, { organizationId: orgs['Bati District Administration'] }],
      contributions: [],
    }).expect(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.errors[0].path).toBe('parties');
  });

  it('refuses a proposal the caller’s organisation is not party to', async () => {
    await as('network').post('/api/partnerships', proposal()).expect(403);
  });

  it('creates a draft for a party’s officer', async () => {
    const response = await as('sna').post('/api/partnerships', proposal()).expect(201);
    id = response.body.id;
    expect(response.body).toMatchObject({ status: 'draft', currentMouVersion: null, allowedActions: expect.arrayContaining(['submit_proposal', 'withdraw']) });
    expect(response.body.parties.map((p: { kind: string }) => p.kind).sort()).toEqual(['non_state', 'state']);
  });

  it('keeps it from other organisations: 404, never data, and not in their list', async () => {
    const refused = await as('network').get(`/api/partnerships/${id}`).expect(404);
    expect(refused.body.title).toBe('Not found');
    await act('network', 'submit_proposal').expect(404);
    const list = await as('network').get('/api/partnerships').expect(200);
    expect(list.body.items.map((p: { id: string }) => p.id)).not.toContain(id);
    const reviewerList = await as('reviewer').get('/api/partnerships?province=21').expect(200);
    expect(reviewerList.body.items.map((p: { id: string }) => p.id)).toContain(id);
  });

  it('goes to review, is returned with a comment, and comes back', async () => {
    await act('sna', 'submit_proposal').expect(200);
    await act('sna', 'accept_proposal').expect(403);
    const noComment = await act('reviewer', 'return_proposal').expect(422);
    expect(noComment.body.errors[0].path).toBe('comment');
    await act('reviewer', 'return_proposal', { comment: 'Name the health centres.' }).expect(200);
    const edited = await as('cso').patch(`/api/partnerships/${id}`, { goals: 'Scorecards at Chambak and Champei health centres.' }).expect(200);
    expect(edited.body.goals).toContain('Chambak');
    await act('cso', 'submit_proposal').expect(200);
    const accepted = await act('reviewer', 'accept_proposal').expect(200);
    expect(accepted.body.status).toBe('mou_drafting');
  });

  it('needs an MoU version before submitting it; writes versions with hashes and diffs them', async () => {
    const refused = await act('sna', 'submit_mou').expect(409);
    expect(refused.body).toMatchObject({ type: 'urn:daikou:problem:conflict', code: 'mou_version_required' });
    const template = await as('sna').get(`/api/partnerships/${id}/mou/template`).expect(200);
    expect(template.body.clauses.map((c: { key: string }) => c.key)).toEqual([
      'purpose', 'roles', 'contributions', 'decision_making', 'reporting', 'dispute_resolution', 'duration', 'termination',
    ]);
    const v1 = await as('sna').post(`/api/partnerships/${id}/mou/versions`, { clauses: template.body.clauses }).expect(201);
    expect(v1.body.number).toBe(1);
    expect(v1.body.textHash).toMatch(/^[0-9a-f]{64}$/);
    const clauses = template.body.clauses.map((c: { key: string; textEn: string }) =>
      c.key === 'reporting' ? { ...c, textEn: `${c.textEn} Reports are due each quarter.` } : c,
    );
    const v2 = await as('cso').post(`/api/partnerships/${id}/mou/versions`, { clauses }).expect(201);
    expect(v2.body.textHash).not.toBe(v1.body.textHash);
    const diff = await as('reviewer').get(`/api/partnerships/${id}/mou/versions/2/diff?against=1`).expect(200);
    const reporting = diff.body.clauses.find((c: { key: string }) => c.key === 'reporting');
    expect(reporting.change).toBe('changed');
    expect(reporting.textEn.filter((p: { added?: boolean }) => p.added).map((p: { value: string }) => p.value).join('')).toContain('quarter');
    expect(diff.body.clauses.find((c: { key: string }) => c.key === 'purpose').change).toBe('unchanged');
    await as('network').get(`/api/partnerships/${id}/mou/versions/1`).expect(404);
  });

  it('goes through a change request, then approval of the latest version', async () => {
    await act('sna', 'submit_mou').expect(200);
    await act('reviewer', 'request_changes', { comment: 'Add the JAAP follow-up.' }).expect(200);
    const template = await as('sna').get(`/api/partnerships/${id}/mou/versions/2`).expect(200);
    await as('sna').post(`/api/partnerships/${id}/mou/versions`, {
      clauses: [...template.body.clauses, { key: 'jaap', titleEn: 'Joint accountability action plan', textEn: 'Both parties follow up every action.', titleKm: 'ផែនការសកម្មភាព', textKm: 'ភាគីទាំងពីរតាមដាន។' }],
    }).expect(201);
    await act('cso', 'submit_mou').expect(200);
    const approved = await act('reviewer', 'approve').expect(200);
    expect(approved.body).toMatchObject({ status: 'awaiting_signatures', approvedMouVersion: { number: 3 } });
    await as('sna').post(`/api/partnerships/${id}/mou/versions`, { clauses: template.body.clauses }).expect(409);
  });

  it('is signed by each party’s signatory once, against the approved text’s hash; the last signature activates it', async () => {
    const notSignatory = await act('sna', 'sign').expect(403);
    expect(notSignatory.body.detail).toMatch(/signatory/);
    await act('reviewer', 'sign').expect(403);
    const first = await act('sna.signatory', 'sign').expect(200);
    expect(first.body.status).toBe('awaiting_signatures');
    await act('sna.signatory', 'sign').expect(409);
    const last = await act('cso.signatory', 'sign').expect(200);
    expect(last.body).toMatchObject({ status: 'active', signedMouVersion: { number: 3 } });

    const version = await as('cso').get(`/api/partnerships/${id}/mou/versions/3`).expect(200);
    const signatures = await as('cso').get(`/api/partnerships/${id}/mou/signatures`).expect(200);
    expect(signatures.body).toHaveLength(2);
    for (const signature of signatures.body) {
      expect(signature).toMatchObject({ versionNumber: 3, textHash: version.body.textHash });
    }
    expect(signatures.body.map((s: { signerName: string }) => s.signerName).sort()).toEqual(['Bopha Director', 'Dara Governor']);
    expect(new Set(signatures.body.map((s: { organizationId: string }) => s.organizationId))).toEqual(
      new Set([orgs['Takéo Provincial Administration'], orgs['Khmer Community Health Association']]),
    );
    // The hash is SHA-256 of the version's canonical text: anyone holding the text can check it.
    expect(createHash('sha256').update(canonicalMouText(version.body.clauses)).digest('hex')).toBe(version.body.textHash);
  });

  it('is suspended with a reason, resumed, completed, and closed only after a final review', async () => {
    expect((await act('reviewer', 'suspend').expect(422)).body.errors[0].path).toBe('reason');
    await act('reviewer', 'suspend', { reason: 'Audit of the facilitation budget' }).expect(200);
    await act('reviewer', 'resume').expect(200);
    await act('reviewer', 'complete').expect(200);
    await act('reviewer', 'close').expect(409);
    await as('sna').post(`/api/partnerships/${id}/reviews`, { kind: 'final', decision: 'close', lessons: 'x' }).expect(403);
    await as('reviewer').post(`/api/partnerships/${id}/reviews`, { kind: 'final', decision: 'close', lessons: 'Turnout doubled when meetings moved to Sundays.' }).expect(201);
    const closed = await act('reviewer', 'close').expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', allowedActions: [] });
  });

  it('keeps the history of every step with actor, comment and time spent', async () => {
    const history = await as('cso').get(`/api/partnerships/${id}/history`).expect(200);
    const steps = history.body.map((h: { action: string }) => h.action);
    expect(steps).toEqual([
      'create', 'submit_proposal', 'return_proposal', 'submit_proposal', 'accept_proposal', 'submit_mou', 'request_changes',
      'submit_mou', 'approve', 'sign', 'sign', 'suspend', 'resume', 'complete', 'close',
    ]);
    const returned = history.body.find((h: { action: string }) => h.action === 'return_proposal');
    expect(returned).toMatchObject({
      from: 'proposal_review', to: 'draft', comment: 'Name the health centres.', actorName: 'Chenda Reviewer', actorOrganizationName: 'Ministry of Interior',
      actorOrganizationNameKm: 'ក្រសួងមហាផ្ទៃ',
    });
    expect(returned.secondsInFrom).toBeGreaterThanOrEqual(0);
    const audit = await as('admin').get(`/api/audit?entityId=${id}&limit=100`).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['partnership.create', 'partnership.approve', 'partnership.sign', 'mou.version_create']));
  });

  it('lets only one of two simultaneous decisions win (409 for the other)', async () => {
    const other = await as('cso').post('/api/partnerships', proposal()).expect(201);
    id = other.body.id;
    await act('cso', 'submit_proposal').expect(200);
    const [a, b] = await Promise.all([act('reviewer', 'accept_proposal'), act('reviewer', 'decline', { reason: 'Duplicate' })]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
  });

  it('refuses an action from a client holding a stale version', async () => {
    const fresh = await as('sna').post('/api/partnerships', proposal()).expect(201);
    id = fresh.body.id;
    await as('sna').patch(`/api/partnerships/${id}`, { title: 'Scorecards, revised' }).expect(200);
    const stale = await act('sna', 'submit_proposal', { expectedVersion: fresh.body.version }).expect(409);
    expect(stale.body.type).toBe('urn:daikou:problem:stale');
  });

  it('answers unknown actions and bad ids as problems', async () => {
    await act('sna', 'teleport').expect(404);
    await as('sna').get('/api/partnerships/not-a-uuid').expect(422);
    await as('sna').get(`/api/partnerships/${id}/mou/versions/zero`).expect(422);
    const badQuery = await as('sna').get('/api/partnerships?status=flying').expect(422);
    expect(badQuery.body.errors[0].path).toBe('query.status');
  });
});
