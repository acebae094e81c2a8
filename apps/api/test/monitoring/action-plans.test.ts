// Action plans (JAAP) over HTTP on PostgreSQL: the board with its overdue rule, a round's detail, dated follow-up
// notes, action items made partnership commitments (once), and the feedback inbox that links feedback to them.
import { startTestApp, type TestApp } from '../support/test-app';
import { walker, type Walker } from '../support/partnership-walk';
import { networkPartnership, round } from './monitoring-fixture';

const todayInCambodia = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

describe('action plans and the feedback inbox', () => {
  let t: TestApp;
  let w: Walker;
  let id: string;
  let bati: string;
  let province: string;
  let ngo: string;
  let centre: string;
  let scorecardId: string;
  let overdueItem: string;
  let laterItem: string;
  const patch = (who: string, path: string, body: object) => t.http.patch(path).auth(w.tokens[who]!, { type: 'bearer' }).send(body);
  const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path);
  const audit = async (entityId: string) =>
    ((await t.dataSource.query(`SELECT action FROM audit_entries WHERE entity_id = $1 ORDER BY seq`, [entityId])) as { action: string }[]).map((a) => a.action);

  beforeAll(async () => {
    t = await startTestApp();
    w = await walker(t);
    id = await w.activePartnership();
    bati = await networkPartnership(w);
    province = w.orgs['Takéo Provincial Administration']!;
    ngo = w.orgs['Khmer Community Health Association']!;
    centre = (await w.as('cso').post('/api/service-points', { name: 'Chambak Health Centre', nameKm: 'មណ្ឌលសុខភាពចំបក់', kind: 'health_centre', adminUnitCode: '210201' }).expect(201)).body.id;
    scorecardId = (await w.as('cso').post(`/api/partnerships/${id}/scorecards`, round(centre, '2026-02-10', [
      { name: 'Staff politeness', citizenScore: 2, providerScore: 4, suggestedAction: 'Courtesy training' },
    ])).expect(201)).body.id;
    overdueItem = (await w.as('sna').post(`/api/scorecards/${scorecardId}/action-items`, { description: 'Post opening hours at the gate', ownerOrganizationId: province, dueDate: '2026-03-01' }).expect(201)).body.id;
    laterItem = (await w.as('cso').post(`/api/scorecards/${scorecardId}/action-items`, { description: 'Courtesy training for all staff', ownerOrganizationId: ngo, dueDate: '2027-06-30' }).expect(201)).body.id;
  }, 120_000);
  afterAll(() => t?.close());

  describe('the board', () => {
    it('lists every action item of the partnership’s rounds by due date, with its round, service point, owner and overdue flag', async () => {
      const board = await w.as('reviewer').get(`/api/partnerships/${id}/action-items`).expect(200);
      expect(board.body.nextCursor).toBeNull();
      expect(board.body.items.map((i: { id: string }) => i.id)).toEqual([overdueItem, laterItem]);
      expect(board.body.items[0]).toMatchObject({
        scorecardId, scorecardDate: '2026-02-10', servicePointId: centre, servicePointName: 'Chambak Health Centre', servicePointNameKm: 'មណ្ឌលសុខភាពចំបក់',
        ownerOrganizationId: province, ownerName: 'Takéo Provincial Administration', ownerNameKm: 'រដ្ឋបាលខេត្តតាកែវ',
        status: 'open', overdue: todayInCambodia() > '2026-03-01', linkedFeedbackCount: 0, commitmentId: null, followUpNotes: [],
      });
    });

    it('filters by status and by the overdue rule, and pages', async () => {
      const ids = async (query: string) => (await w.as('cso').get(`/api/partnerships/${id}/action-items?${query}`).expect(200)).body.items.map((i: { id: string }) => i.id);
      expect(await ids('overdue=true')).toEqual([overdueItem]);
      expect(await ids('overdue=false')).toEqual([laterItem]);
      expect(await ids('status=done')).toEqual([]);
      const first = await w.as('cso').get(`/api/partnerships/${id}/action-items?limit=1`).expect(200);
      expect(await ids(`limit=1&cursor=${first.body.nextCursor}`)).toEqual([laterItem]);
      const bad = await w.as('cso').get(`/api/partnerships/${id}/action-items?status=closed&overdue=yes`).expect(422);
      expect(paths(bad.body).sort()).toEqual(['query.overdue', 'query.status']);
    });

    it('is not shown to another organisation', async () => {
      await w.as('network').get(`/api/partnerships/${id}/action-items`).expect(404);
      expect((await w.as('network').get(`/api/partnerships/${bati}/action-items`).expect(200)).body.items).toEqual([]);
    });
  });

  describe('a round', () => {
    it('shows its criteria with gaps, participants and action plan to those who see the partnership', async () => {
      const detail = await w.as('sna').get(`/api/scorecards/${scorecardId}`).expect(200);
      expect(detail.body).toMatchObject({
        id: scorecardId, date: '2026-02-10', servicePointName: 'Chambak Health Centre', facilitatingOrganizationName: 'Khmer Community Health Association',
        participants: { female: 12, male: 8, disability: 2, idPoor: 0, youth: 5, total: 20 },
        criteria: [{ name: 'Staff politeness', citizenScore: 2, providerScore: 4, gap: 2, suggestedAction: 'Courtesy training' }],
      });
      expect(detail.body.actionItems.map((i: { id: string }) => i.id)).toEqual([overdueItem, laterItem]);
      await w.as('network').get(`/api/scorecards/${scorecardId}`).expect(404);
      await w.as('sna').get('/api/scorecards/00000000-0000-4000-8000-000000000000').expect(404);
      await w.as('sna').get('/api/scorecards/nope').expect(422);
    });
  });

  describe('follow-up notes', () => {
    it('adds dated notes by whoever writes them, keeping the earlier ones', async () => {
      await patch('sna', `/api/action-items/${overdueItem}`, { followUpNote: 'Notice board ordered' }).expect(200);
      const second = await patch('cso', `/api/action-items/${overdueItem}`, { followUpNote: 'Visited: not posted yet', status: 'in_progress' }).expect(200);
      expect(second.body.status).toBe('in_progress');
      expect(second.body.followUpNotes).toEqual([
        { date: todayInCambodia(), text: 'Notice board ordered', userId: expect.any(String), organizationId: province, at: expect.any(String) },
        { date: todayInCambodia(), text: 'Visited: not posted yet', userId: expect.any(String), organizationId: ngo, at: expect.any(String) },
      ]);
      expect(paths((await patch('sna', `/api/action-items/${overdueItem}`, { followUpNote: '  ' }).expect(422)).body)).toEqual(['followUpNote']);
      await patch('reviewer', `/api/action-items/${overdueItem}`, { followUpNote: 'x' }).expect(403);
      await patch('network', `/api/action-items/${overdueItem}`, { followUpNote: 'x' }).expect(404);
      expect(await audit(overdueItem)).toEqual(['action_item.create', 'action_item.update', 'action_item.update']);
    });
  });

  describe('commitments from action items', () => {
    it('makes the item a commitment of the partnership owned by its owner, due with it unless said, and links them', async () => {
      const made = await w.as('cso').post(`/api/action-items/${laterItem}/commitment`).expect(201);
      expect(made.body).toMatchObject({
        actionItemId: laterItem, partnershipId: id, title: 'Courtesy training for all staff', ownerOrganizationId: ngo, dueDate: '2027-06-30', recurrence: 'none',
      });
      expect(made.body.description).toMatch(/2026-02-10 at Chambak Health Centre/);
      const commitments = await w.as('sna').get(`/api/partnerships/${id}/commitments`).expect(200);
      expect(commitments.body.map((c: { id: string }) => c.id)).toEqual([made.body.id]);
      const board = await w.as('sna').get(`/api/partnerships/${id}/action-items`).expect(200);
      expect(board.body.items.find((i: { id: string }) => i.id === laterItem).commitmentId).toBe(made.body.id);
      expect(await audit(laterItem)).toEqual(['action_item.create', 'action_item.commitment']);
      expect(await audit(made.body.id)).toEqual(['commitment.create']);
      const again = await w.as('sna').post(`/api/action-items/${laterItem}/commitment`).expect(409);
      expect(again.body.type).toBe('urn:daikou:problem:duplicate');
    });

    it('takes a due date and recurrence, and refuses bad input, strangers, readers and finished items', async () => {
      const recurring = await w.as('sna').post(`/api/action-items/${overdueItem}/commitment`, { dueDate: '2026-12-31', recurrence: 'quarterly' }).expect(201);
      expect(recurring.body).toMatchObject({ ownerOrganizationId: province, dueDate: '2026-12-31', recurrence: 'quarterly' });
      expect(recurring.body.occurrences.length).toBeGreaterThan(1);
      const item = (await w.as('sna').post(`/api/scorecards/${scorecardId}/action-items`, { description: 'Fix the water tank', ownerOrganizationId: province, dueDate: '2026-12-31' }).expect(201)).body.id;
      const bad = await w.as('sna').post(`/api/action-items/${item}/commitment`, { dueDate: '2026-13-01', recurrence: 'weekly', title: 'x' }).expect(422);
      expect(paths(bad.body).sort()).toEqual(['dueDate', 'recurrence', 'title']);
      await w.as('network').post(`/api/action-items/${item}/commitment`).expect(404);
      await w.as('reviewer').post(`/api/action-items/${item}/commitment`).expect(403);
      await w.as('sna').post('/api/action-items/00000000-0000-4000-8000-000000000000/commitment').expect(404);
      await patch('sna', `/api/action-items/${item}`, { status: 'dropped' }).expect(200);
      expect((await w.as('sna').post(`/api/action-items/${item}/commitment`).expect(409)).body.type).toBe('urn:daikou:problem:invalid_status');
      // Nothing half-made: the refused attempts left no commitment behind.
      expect((await w.as('sna').get(`/api/partnerships/${id}/commitments`).expect(200)).body).toHaveLength(2);
    });
  });

  describe('the feedback inbox', () => {
    let kind: string;
    let rude: string;

    beforeAll(async () => {
      kind = (await t.http.post(`/api/service-points/${centre}/feedback`).send({ text: 'The midwife was kind', rating: 5 }).expect(201)).body.id;
      rude = (await t.http.post(`/api/service-points/${centre}/feedback`).send({ text: 'ឆ្មបនិយាយមិនសុភាព' }).expect(201)).body.id;
    });

    it('shows the feedback of every service point the caller may read, newest first, with the service point’s name', async () => {
      const inbox = await w.as('cso').get('/api/feedback').expect(200);
      expect(inbox.body.items.map((f: { id: string }) => f.id)).toEqual([rude, kind]);
      expect(inbox.body.items[0]).toMatchObject({ servicePointId: centre, servicePointName: 'Chambak Health Centre', servicePointNameKm: 'មណ្ឌលសុខភាពចំបក់', status: 'new' });
      expect((await w.as('reviewer').get('/api/feedback?limit=1').expect(200)).body.nextCursor).not.toBeNull();
      // The network's partnership has no round at the centre: none of its feedback.
      expect((await w.as('network').get('/api/feedback').expect(200)).body.items).toEqual([]);
      await t.http.get('/api/feedback').expect(401);
      const bad = await w.as('cso').get('/api/feedback?status=read&servicePointId=centre').expect(422);
      expect(paths(bad.body).sort()).toEqual(['query.servicePointId', 'query.status']);
    });

    it('links feedback to an action item without changing its status, and counts it on the board', async () => {
      const linked = await patch('sna', `/api/feedback/${rude}`, { actionItemId: laterItem }).expect(200);
      expect(linked.body).toMatchObject({ status: 'new', actionItemId: laterItem, servicePointName: 'Chambak Health Centre' });
      expect(paths((await patch('sna', `/api/feedback/${rude}`, {}).expect(422)).body)).toEqual(['status']);
      await patch('network', `/api/feedback/${rude}`, { actionItemId: laterItem }).expect(404);
      const board = await w.as('sna').get(`/api/partnerships/${id}/action-items`).expect(200);
      expect(board.body.items.find((i: { id: string }) => i.id === laterItem).linkedFeedbackCount).toBe(1);
      await patch('sna', `/api/feedback/${rude}`, { status: 'acted_on' }).expect(200);
      const filtered = await w.as('cso').get(`/api/feedback?status=acted_on&servicePointId=${centre}`).expect(200);
      expect(filtered.body.items.map((f: { id: string; actionItemId: string }) => [f.id, f.actionItemId])).toEqual([[rude, laterItem]]);
      const unlinked = await patch('sna', `/api/feedback/${rude}`, { actionItemId: null }).expect(200);
      expect(unlinked.body).toMatchObject({ status: 'acted_on', actionItemId: null });
      // The stranger's refused attempt is on record too.
      expect(await audit(rude)).toEqual(['feedback.triage', 'policy.refused', 'feedback.triage', 'feedback.triage']);
    });
  });
});
