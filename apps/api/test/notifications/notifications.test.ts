// Lifecycle notifications over HTTP on PostgreSQL: who is told of each step (and who must act next), never the actor;
// each user sees and marks only their own.
import { STATUS_LABELS } from '@daikou/domain';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait';
import { demoSession, type DemoPerson, type DemoSession } from './demo-partnership';

interface Row {
  user_id: string;
  kind: string;
  title_en: string;
  title_km: string;
  body_en: string;
  link: string;
}

describe('partnership notifications', () => {
  let t: TestApp;
  let demo: DemoSession;
  let id: string;

  beforeAll(async () => {
    t = await startTestApp();
    demo = await demoSession(t);
    id = await demo.createDraft();
  });
  afterAll(() => t?.close());

  async function since(marker: Date): Promise<Map<DemoPerson, Row[]>> {
    const rows: Row[] = await t.dataSource.query(
      `SELECT user_id, kind, title_en, title_km, body_en, link FROM notifications WHERE partnership_id = $1 AND created_at >= $2`,
      [id, marker],
    );
    const byPerson = new Map<DemoPerson, Row[]>();
    for (const [who, userId] of Object.entries(demo.userIds) as [DemoPerson, string][]) {
      const own = rows.filter((row) => row.user_id === userId);
      if (own.length > 0) byPerson.set(who, own);
    }
    expect(byPerson.size).toBe(new Set(rows.map((row) => row.user_id)).size);
    return byPerson;
  }

  async function step(who: DemoPerson, action: string, body: object = {}) {
    const [{ now }] = await t.dataSource.query(`SELECT clock_timestamp() AS now`);
    await demo.act(who, id, action, body).expect(200);
    return since(now);
  }

  it('on submission tells the reviewer to decide and the parties of the change, never the one who submitted', async () => {
    const told = await step('sna', 'submit_proposal');
    expect([...told.keys()].sort()).toEqual(['cso', 'cso.signatory', 'reviewer', 'sna.signatory']);
    for (const rows of told.values()) expect(rows).toHaveLength(1);
    expect(told.get('reviewer')![0]).toMatchObject({
      kind: 'action_required',
      title_en: `Community scorecards for Bati health centres moved to ${STATUS_LABELS.proposal_review.en}`,
      title_km: expect.stringContaining(STATUS_LABELS.proposal_review.km),
      body_en: expect.stringMatching(/Awaiting you: Accept proposal, Return proposal/),
      link: `/partnerships/${id}`,
    });
    expect(told.get('cso')![0]).toMatchObject({ kind: 'status_changed', body_en: expect.not.stringContaining('Awaiting you') });
  });

  it('on acceptance asks every party officer for the MoU and tells the reviewer nothing', async () => {
    const told = await step('reviewer', 'accept_proposal');
    expect([...told.keys()].sort()).toEqual(['cso', 'cso.signatory', 'sna', 'sna.signatory']);
    for (const rows of told.values()) expect(rows).toEqual([expect.objectContaining({ kind: 'action_required', body_en: expect.stringContaining('Submit MoU') })]);
  });

  it('asks only the signatories for signatures, then only the party that has not signed yet', async () => {
    const template = await demo.as('sna').get(`/api/partnerships/${id}/mou/template`).expect(200);
    await demo.as('sna').post(`/api/partnerships/${id}/mou/versions`, { clauses: template.body.clauses }).expect(201);
    await step('cso', 'submit_mou');
    const approved = await step('reviewer', 'approve');
    const asked = [...approved.entries()].filter(([, rows]) => rows[0]!.kind === 'action_required').map(([who]) => who);
    expect(asked.sort()).toEqual(['cso.signatory', 'sna.signatory']);
    expect(approved.get('sna')![0]!.kind).toBe('status_changed');
    // A signature that leaves the status as it is changes nothing anyone must hear about.
    expect((await step('sna.signatory', 'sign')).size).toBe(0);
    const active = await step('cso.signatory', 'sign');
    expect([...active.keys()].sort()).toEqual(['cso', 'sna', 'sna.signatory']);
  });

  it('lists the caller’s own notifications only, newest first, page by page', async () => {
    const reviewer = await demo.as('reviewer').get('/api/notifications').expect(200);
    const own: { count: number }[] = await t.dataSource.query(`SELECT count(*)::int AS count FROM notifications WHERE user_id = $1`, [demo.userIds.reviewer]);
    expect(reviewer.body.items).toHaveLength(own[0]!.count);
    expect(reviewer.body.items[0]).toMatchObject({ partnershipId: id, link: `/partnerships/${id}`, readAt: null });
    const times = reviewer.body.items.map((n: { createdAt: string }) => n.createdAt);
    expect([...times].sort().reverse()).toEqual(times);

    const network = await demo.as('network').get('/api/notifications').expect(200);
    expect(network.body).toEqual({ items: [], nextCursor: null });

    const all = (await demo.as('sna').get('/api/notifications?limit=200').expect(200)).body.items.map((n: { id: string }) => n.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await demo
        .as('sna')
        .get(`/api/notifications?limit=1${cursor ? `&cursor=${cursor}` : ''}`)
        .expect(200);
      seen.push(...page.body.items.map((n) => n.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    expect(all.length).toBeGreaterThan(2);
  });

  it('marks one read, filters the unread, and marks all read', async () => {
    const before = (await demo.as('sna').get('/api/notifications?unread=true').expect(200)).body.items;
    const first = before[0];
    const read = await demo.as('sna').post(`/api/notifications/${first.id}/read`).expect(200);
    expect(read.body).toMatchObject({ id: first.id, readAt: expect.any(String) });
    const unread = (await demo.as('sna').get('/api/notifications?unread=true').expect(200)).body.items;
    expect(unread.map((n: { id: string }) => n.id)).toEqual(before.slice(1).map((n: { id: string }) => n.id));
    const all = await demo.as('sna').post('/api/notifications/read-all').expect(200);
    expect(all.body).toEqual({ marked: before.length - 1 });
    expect((await demo.as('sna').get('/api/notifications?unread=true').expect(200)).body.items).toEqual([]);
    // Others' notifications stay unread.
    expect((await demo.as('cso').get('/api/notifications?unread=true').expect(200)).body.items.length).toBeGreaterThan(0);
  });

  it('answers 404 for another user’s notification and leaves it unread', async () => {
    const theirs = (await demo.as('cso').get('/api/notifications?unread=true').expect(200)).body.items[0];
    const refused = await demo.as('sna').post(`/api/notifications/${theirs.id}/read`).expect(404);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    const still = (await demo.as('cso').get('/api/notifications?unread=true').expect(200)).body.items;
    expect(still.map((n: { id: string }) => n.id)).toContain(theirs.id);
    await demo.as('sna').post('/api/notifications/not-a-uuid/read').expect(422);
    await t.http.get('/api/notifications').expect(401);
  });

  it('asks the officers of a party’s parent administration to endorse', async () => {
    const orgs: { id: string; name: string }[] = await t.dataSource.query(`SELECT id, name FROM organizations`);
    const org = (name: string) => orgs.find((o) => o.name === name)!.id;
    const created = await demo
      .as('district')
      .post('/api/partnerships', {
        title: 'Hand-washing stations at Bati schools', function: 'service_delivery', form: 'collaboration', goals: 'Twenty stations.',
        parties: [{ organizationId: org('Bati District Administration') }, { organizationId: org('Khmer Community Health Association') }],
        adminUnitCodes: ['2102'], sectors: ['health'], startDate: '2026-03-01', endDate: '2026-12-31',
      })
      .expect(201);
    await demo.act('district', created.body.id, 'submit_proposal').expect(200);
    const rows: { user_id: string; kind: string; body_en: string }[] = await t.dataSource.query(
      `SELECT user_id, kind, body_en FROM notifications WHERE partnership_id = $1`,
      [created.body.id],
    );
    const of = (who: DemoPerson) => rows.filter((row) => row.user_id === demo.userIds[who]);
    // Takéo Provincial Administration is Bati's parent: its officers endorse; the reviewer decides; the CSO hears of it.
    for (const who of ['sna', 'sna.signatory'] as const) expect(of(who)).toEqual([expect.objectContaining({ kind: 'action_required', body_en: expect.stringContaining('Awaiting you: Endorse') })]);
    expect(of('reviewer')).toEqual([expect.objectContaining({ kind: 'action_required', body_en: expect.stringContaining('Accept proposal') })]);
    expect(of('cso')).toEqual([expect.objectContaining({ kind: 'status_changed' })]);
    expect(of('district')).toEqual([]);
    expect(rows).toHaveLength(5);
  });

  it('queues one e-mail job per notification, completed as skipped while SMTP_URL is not set', async () => {
    const [{ notifications }] = await t.dataSource.query(`SELECT count(*)::int AS notifications FROM notifications`);
    const jobs = await waitFor('the e-mail jobs to finish', async () => {
      const rows: { status: string; result: unknown; payload: { notificationId: string } }[] = await t.dataSource.query(
        `SELECT status, result, payload FROM jobs WHERE name = 'notifications.email'`,
      );
      return rows.every((row) => row.status === 'completed') && rows;
    });
    expect(jobs).toHaveLength(notifications);
    expect(new Set(jobs.map((job) => job.payload.notificationId)).size).toBe(notifications);
    for (const job of jobs) expect(job.result).toEqual({ skipped: 'SMTP_URL is not set' });
    const [{ emailed }] = await t.dataSource.query(`SELECT count(*)::int AS emailed FROM notifications WHERE emailed_at IS NOT NULL`);
    expect(emailed).toBe(0);
  });
});
