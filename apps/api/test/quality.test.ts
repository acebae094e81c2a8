// Quality self-assessments over HTTP: one per party and period, the equity gap, and no anchoring — a party sees the
// other side's scores of a period only after it has submitted its own.
import { QUALITY_ATTRIBUTES } from '@daikou/domain';
import { walker, type Walker } from './support/partnership-walk';
import { startTestApp, type TestApp } from './support/test-app';

const scores = (value: number, overrides: Record<string, number> = {}) => ({
  ...Object.fromEntries(QUALITY_ATTRIBUTES.map((attribute) => [attribute, value])),
  ...overrides,
});

describe('quality self-assessment', () => {
  let t: TestApp;
  let w: Walker;
  let id: string;

  beforeAll(async () => {
    t = await startTestApp();
    w = await walker(t);
    id = await w.activePartnership();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('hides the other side’s scores from a party until it has submitted its own, then shows the gap', async () => {
    const given = await w.as('sna').post(`/api/partnerships/${id}/assessments`, {
      period: '2026-Q1',
      scores: scores(4, { trust: 5 }),
      comments: { trust: 'Meetings are regular' },
      comment: 'A good first quarter',
    }).expect(201);
    expect(given.body).toMatchObject({ partnershipId: id, period: '2026-Q1', side: 'state', organizationName: 'Takéo Provincial Administration', comment: 'A good first quarter' });
    expect(given.body.comments).toEqual({ trust: 'Meetings are regular' });

    // The CSO has not assessed 2026-Q1: it is told that the other side has, but sees no score.
    const before = await w.as('cso').get(`/api/partnerships/${id}/quality`).expect(200);
    expect(before.body.periods).toEqual([
      expect.objectContaining({ period: '2026-Q1', ownSubmitted: false, otherSideVisible: false, othersSubmitted: true, averageGap: null }),
    ]);
    expect(before.body.periods[0].attributes.every((a: { stateAverage: unknown; gap: unknown }) => a.stateAverage === null && a.gap === null)).toBe(true);
    expect(before.body.attributes.every((a: { stateAverage: unknown }) => a.stateAverage === null)).toBe(true);
    expect(before.body.mayAssess).toBe(true);
    expect((await w.as('cso').get(`/api/partnerships/${id}/assessments`).expect(200)).body).toEqual([]);
    // The state side sees its own scores.
    const own = await w.as('sna').get(`/api/partnerships/${id}/quality`).expect(200);
    expect(own.body.periods[0]).toMatchObject({ ownSubmitted: true, otherSideVisible: true, othersSubmitted: false });
    expect(own.body.periods[0].attributes.find((a: { attribute: string }) => a.attribute === 'trust')).toEqual({ attribute: 'trust', stateAverage: 5, nonStateAverage: null, gap: null });

    await w.as('cso').post(`/api/partnerships/${id}/assessments`, { period: '2026-Q1', scores: scores(2, { trust: 4 }) }).expect(201);
    const after = await w.as('cso').get(`/api/partnerships/${id}/quality`).expect(200);
    expect(after.body.ownSubmittedPeriods).toEqual(['2026-Q1']);
    expect(after.body.periods[0]).toMatchObject({ ownSubmitted: true, otherSideVisible: true });
    const trust = after.body.attributes.find((a: { attribute: string }) => a.attribute === 'trust');
    // The gap is state minus non-state: 5 − 4.
    expect(trust).toEqual({ attribute: 'trust', stateAverage: 5, nonStateAverage: 4, gap: 1 });
    // Seven attributes at 4 − 2 = 2 and trust at 1: 15 / 8 = 1.875.
    expect(after.body.averageGap).toBe(1.88);
    const seen = await w.as('cso').get(`/api/partnerships/${id}/assessments`).expect(200);
    expect(seen.body.map((a: { side: string }) => a.side).sort()).toEqual(['non_state', 'state']);
  });

  it('shows reviewers every assessment and trends the periods oldest first', async () => {
    await w.as('sna').post(`/api/partnerships/${id}/assessments`, { period: '2026-01', scores: scores(3) }).expect(201);
    const quality = await w.as('reviewer').get(`/api/partnerships/${id}/quality`).expect(200);
    expect(quality.body.periods.map((p: { period: string }) => p.period)).toEqual(['2026-Q1', '2026-01']);
    expect(quality.body.periods[1]).toMatchObject({ otherSideVisible: true, ownSubmitted: false, averageGap: null });
    expect(quality.body.mayAssess).toBe(false);
    expect((await w.as('reviewer').get(`/api/partnerships/${id}/assessments`).expect(200)).body).toHaveLength(3);
  });

  it('refuses a second assessment of the same period by the same party', async () => {
    const second = await w.as('sna.signatory').post(`/api/partnerships/${id}/assessments`, { period: '2026-Q1', scores: scores(1) }).expect(409);
    expect(second.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(second.body.type).toBe('urn:daikou:problem:duplicate');
  });

  it('refuses reviewers (403) and organisations that are not parties (404)', async () => {
    await w.as('reviewer').post(`/api/partnerships/${id}/assessments`, { period: '2026-Q2', scores: scores(3) }).expect(403);
    await w.as('network').post(`/api/partnerships/${id}/assessments`, { period: '2026-Q2', scores: scores(3) }).expect(404);
    await w.as('network').get(`/api/partnerships/${id}/quality`).expect(404);
    await w.as('network').get(`/api/partnerships/${id}/assessments`).expect(404);
  });

  it('names the invalid field', async () => {
    const bad = await w.as('cso').post(`/api/partnerships/${id}/assessments`, { period: '2026-Q5', scores: scores(3, { trust: 6, equity: 2.5 }), mood: 'fine' }).expect(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['mood', 'period', 'scores.equity', 'scores.trust']);
    const missing = await w.as('cso').post(`/api/partnerships/${id}/assessments`, { period: '2026-Q2', scores: { trust: 3 } }).expect(422);
    expect(missing.body.errors.map((e: { path: string }) => e.path)).toContain('scores.consensus');
    const future = await w.as('cso').post(`/api/partnerships/${id}/assessments`, { period: '2099', scores: scores(3) }).expect(422);
    expect(future.body.errors).toEqual([{ path: 'period', message: 'This period has not begun yet' }]);
    const outside = await w.as('cso').post(`/api/partnerships/${id}/assessments`, { period: '2025-Q4', scores: scores(3) }).expect(422);
    expect(outside.body.errors[0].path).toBe('period');
  });

  it('refuses assessing a partnership that is not yet active (409)', async () => {
    const draft = await w.as('sna').post('/api/partnerships', {
      title: 'A draft', function: 'service_delivery', form: 'coordination', goals: 'Later',
      parties: [{ organizationId: w.orgs['Takéo Provincial Administration'] }, { organizationId: w.orgs['Khmer Community Health Association'] }],
      adminUnitCodes: ['21'], sectors: ['health'], startDate: '2026-01-01', endDate: '2026-12-31',
    }).expect(201);
    const refused = await w.as('sna').post(`/api/partnerships/${draft.body.id}/assessments`, { period: '2026-Q1', scores: scores(3) }).expect(409);
    expect(refused.body.type).toBe('urn:daikou:problem:invalid_status');
  });

  it('writes an audit entry for each assessment', async () => {
    const rows: { action: string; entity_id: string }[] = await t.dataSource.query(`SELECT action, entity_id FROM audit_entries WHERE action = 'assessment.create'`);
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.entity_id === id)).toBe(true);
  });
});
