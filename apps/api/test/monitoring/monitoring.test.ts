// Monitoring over HTTP on PostgreSQL: indicators, the report workflow between the parties, service points,
// scorecard rounds and their action plans, and public feedback with its abuse limits.
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../support/test-app';
import { walker, type Walker } from '../support/partnership-walk';

const todayInCambodia = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

describe('monitoring and citizens’ feedback', () => {
  let t: TestApp;
  let w: Walker;
  let id: string;
  let province: string;
  let ngo: string;
  let network: string;
  const patch = (who: string, path: string, body: object) => t.http.patch(path).auth(w.tokens[who]!, { type: 'bearer' }).send(body);
  const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path);

  beforeAll(async () => {
    // Behind a proxy the client address comes from X-Forwarded-For: each feedback test writes from its own address.
    t = await startTestApp({ env: { DAIKOU_TRUST_PROXY: '1' } });
    w = await walker(t);
    id = await w.activePartnership();
    province = w.orgs['Takéo Provincial Administration']!;
    ngo = w.orgs['Khmer Community Health Association']!;
    network = w.orgs['Social Accountability CSO Network']!;
  });
  afterAll(() => t?.close());

  let visits: string;
  let immunisation: string;

  describe('indicators', () => {
    it('lets the parties’ officers define indicators with a party responsible and calendar reporting periods', async () => {
      const created = await w.as('cso').post(`/api/partnerships/${id}/indicators`, {
        name: 'Antenatal visits', nameKm: 'ការពិនិត្យផ្ទៃពោះ', unit: 'visits', baseline: 20, target: 60,
        frequency: 'quarterly', responsibleOrganizationId: ngo, disaggregations: ['sex'],
      }).expect(201);
      visits = created.body.id;
      expect(created.body).toMatchObject({ responsibleOrganizationId: ngo, disaggregations: ['sex'], latestValue: null, progress: null });
      expect(created.body.periods).toHaveLength(8);
      expect(created.body.periods[0]).toMatchObject({ periodStart: '2026-01-01', periodEnd: '2026-03-31', dueDate: '2026-04-15', status: null });
      const falling = await w.as('sna').post(`/api/partnerships/${id}/indicators`, {
        name: 'Children not immunised', unit: 'children', baseline: 10, target: 5, frequency: 'yearly', responsibleOrganizationId: province,
      }).expect(201);
      immunisation = falling.body.id;
      expect(falling.body.periods.map((p: { periodEnd: string }) => p.periodEnd)).toEqual(['2026-12-31', '2027-12-31']);
    });

    it('refuses strangers, readers, non-parties as responsible and bad fields', async () => {
      const body = { name: 'x', unit: 'y', baseline: 0, target: 1, frequency: 'monthly', responsibleOrganizationId: ngo };
      await w.as('network').post(`/api/partnerships/${id}/indicators`, body).expect(404);
      await w.as('reviewer').post(`/api/partnerships/${id}/indicators`, body).expect(403);
      const stranger = await w.as('cso').post(`/api/partnerships/${id}/indicators`, { ...body, responsibleOrganizationId: network }).expect(422);
      expect(paths(stranger.body)).toEqual(['responsibleOrganizationId']);
      const bad = await w.as('cso').post(`/api/partnerships/${id}/indicators`, { ...body, name: '', baseline: 'ten', frequency: 'weekly', disaggregations: ['colour'] }).expect(422);
      expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(paths(bad.body)).toEqual(expect.arrayContaining(['name', 'baseline', 'frequency', 'disaggregations.0']));
      await w.as('cso').post(`/api/partnerships/not-a-uuid/indicators`, body).expect(422);
    });

    it('is recorded only while the partnership is active', async () => {
      const draft = await w.as('sna').post('/api/partnerships', {
        title: 'Draft', function: 'service_monitoring', form: 'collaboration', goals: 'Later',
        parties: [{ organizationId: province }, { organizationId: ngo }], adminUnitCodes: ['2102'], sectors: ['health'],
        startDate: '2026-01-01', endDate: '2026-12-31',
      }).expect(201);
      const refused = await w.as('sna').post(`/api/partnerships/${draft.body.id}/indicators`, {
        name: 'x', unit: 'y', baseline: 0, target: 1, frequency: 'monthly', responsibleOrganizationId: ngo,
      }).expect(409);
      expect(refused.body.type).toBe('urn:daikou:problem:invalid_status');
    });
  });

  describe('reports', () => {
    let reportId: string;
    const act = (who: string, action: string, body: object = {}) => w.as(who).post(`/api/reports/${reportId}/actions/${action}`, body);

    it('starts a draft for the reporting party and checks values against the partnership’s indicators', async () => {
      const body = { periodStart: '2026-01-01', periodEnd: '2026-03-31', values: [{ indicatorId: visits, value: 40, disaggregation: { sex: { female: 25, male: 15 } } }], narrative: 'Two outreach days.' };
      const created = await w.as('cso').post(`/api/partnerships/${id}/reports`, body).expect(201);
      reportId = created.body.id;
      expect(created.body).toMatchObject({ status: 'draft', version: 1, responsibleOrganizationId: ngo, allowedActions: ['submit'], editable: true });

      const foreign = await w.as('cso').post(`/api/partnerships/${id}/reports`, { ...body, periodStart: '2026-04-01', periodEnd: '2026-06-30', values: [{ indicatorId: '00000000-0000-4000-8000-000000000000', value: 1 }] }).expect(422);
      expect(paths(foreign.body)).toEqual(['values.0.indicatorId']);
      const undeclared = await w.as('cso').post(`/api/partnerships/${id}/reports`, { ...body, periodStart: '2026-04-01', periodEnd: '2026-06-30', values: [{ indicatorId: immunisation, value: 9, disaggregation: { age_group: { under_18: 9 } } }] }).expect(422);
      expect(paths(undeclared.body)).toEqual(['values.0.disaggregation.age_group']);
      const backwards = await w.as('cso').post(`/api/partnerships/${id}/reports`, { ...body, periodEnd: '2025-12-31' }).expect(422);
      expect(paths(backwards.body)).toEqual(['periodEnd']);
      const outside = await w.as('cso').post(`/api/partnerships/${id}/reports`, { ...body, periodStart: '2025-10-01' }).expect(422);
      expect(paths(outside.body)).toEqual(['periodStart']);
      const notANumber = await w.as('cso').post(`/api/partnerships/${id}/reports`, { ...body, values: [{ indicatorId: visits, value: visits }] }).expect(422);
      expect(paths(notANumber.body)).toEqual(['values.0.value']);
      await w.as('cso').post(`/api/partnerships/${id}/reports`, body).expect(409);
      await w.as('network').post(`/api/partnerships/${id}/reports`, body).expect(404);
      await w.as('reviewer').post(`/api/partnerships/${id}/reports`, body).expect(403);
    });

    it('is submitted by the responsible party only, and validated or sent back by another party only', async () => {
      await act('sna', 'submit').expect(403);
      await act('network', 'submit').expect(404);
      await act('reviewer', 'submit').expect(403);
      await act('sna', 'validate').expect(409);
      await act('cso', 'bogus').expect(422);

      const submitted = await act('cso', 'submit').expect(200);
      expect(submitted.body).toMatchObject({ status: 'submitted', allowedActions: [], editable: false });
      await patch('cso', `/api/reports/${reportId}`, { narrative: 'Changed after submitting' }).expect(409);
      await patch('sna', `/api/reports/${reportId}`, { narrative: 'Not theirs' }).expect(403);
      await act('cso', 'validate').expect(403);
      await act('reviewer', 'validate').expect(403);
      const forSna = await w.as('sna').get(`/api/reports/${reportId}`).expect(200);
      expect(forSna.body.allowedActions).toEqual(['validate', 'send_back']);

      const noComment = await act('sna', 'send_back', { comment: '  ' }).expect(422);
      expect(paths(noComment.body)).toEqual(['comment']);
      const sentBack = await act('sna', 'send_back', { comment: 'Q1 visits at Chambak are missing' }).expect(200);
      expect(sentBack.body.status).toBe('sent_back');
    });

    it('makes a correction a new version and keeps the submitted one unchanged', async () => {
      const corrected = await patch('cso', `/api/reports/${reportId}`, { values: [{ indicatorId: visits, value: 52, disaggregation: { sex: { female: 30, male: 22 } } }] }).expect(200);
      expect(corrected.body).toMatchObject({ status: 'draft', version: 2, values: [{ indicatorId: visits, value: 52 }], narrative: 'Two outreach days.' });
      expect(corrected.body.versions).toHaveLength(2);
      expect(corrected.body.versions[0]).toMatchObject({ number: 1, values: [{ indicatorId: visits, value: 40 }] });
      expect(corrected.body.versions[0].submittedAt).not.toBeNull();
      expect(corrected.body.versions[1].submittedAt).toBeNull();
      // A second edit of the new draft stays in version 2.
      const again = await patch('cso', `/api/reports/${reportId}`, { narrative: 'Two outreach days; Chambak added.' }).expect(200);
      expect(again.body.version).toBe(2);

      const direct = new Client({ connectionString: t.databaseUrl });
      await direct.connect();
      try {
        await expect(direct.query(`UPDATE report_versions SET values = '[]' WHERE report_id = $1 AND number = 1`, [reportId])).rejects.toThrow(/submitted and cannot change/);
      } finally {
        await direct.end();
      }

      await act('cso', 'submit').expect(200);
      const validated = await act('sna', 'validate').expect(200);
      expect(validated.body.status).toBe('validated');
      expect(validated.body.history.map((h: { action: string; versionNumber: number; organizationId: string }) => [h.action, h.versionNumber, h.organizationId])).toEqual([
        ['submit', 1, ngo], ['send_back', 1, province], ['submit', 2, ngo], ['validate', 2, province],
      ]);
      expect(validated.body.history[1].comment).toBe('Q1 visits at Chambak are missing');
      await act('sna', 'send_back', { comment: 'Too late' }).expect(409);
      await patch('cso', `/api/reports/${reportId}`, { narrative: 'x' }).expect(409);
      const audit = await t.dataSource.query(`SELECT action FROM audit_entries WHERE entity_id = $1 ORDER BY seq`, [reportId]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['report.create', 'report.submit', 'report.send_back', 'report.update', 'report.update', 'report.submit', 'report.validate']);
    });

    it('refuses to submit a report without values', async () => {
      const empty = await w.as('cso').post(`/api/partnerships/${id}/reports`, { periodStart: '2026-04-01', periodEnd: '2026-06-30', values: [] }).expect(201);
      await w.as('cso').post(`/api/reports/${empty.body.id}/actions/submit`).expect(409);
    });

    it('measures progress from the latest validated value and flags late periods', async () => {
      const list = await w.as('reviewer').get(`/api/partnerships/${id}/indicators`).expect(200);
      const antenatal = list.body.find((i: { id: string }) => i.id === visits);
      expect(antenatal.latestValue).toMatchObject({ value: 52, periodStart: '2026-01-01', reportId });
      expect(antenatal.progress).toBeCloseTo((52 - 20) / 40);
      expect(antenatal.periods[0]).toMatchObject({ status: 'validated', reportId, late: false });
      // Q2 has only a draft and Q3 nothing; both were due before today (the partnership runs 2026–2027).
      const today = todayInCambodia();
      expect(antenatal.periods[1]).toMatchObject({ status: 'draft', late: today > '2026-07-15' });
      expect(antenatal.periods[7]).toMatchObject({ status: null, late: false });
      expect(list.body.find((i: { id: string }) => i.id === immunisation).latestValue).toBeNull();
    });

    it('never shows a partnership’s reports to another organisation', async () => {
      await w.as('network').get(`/api/reports/${reportId}`).expect(404);
      await w.as('network').get(`/api/partnerships/${id}/reports`).expect(404);
      await w.as('network').get(`/api/partnerships/${id}/indicators`).expect(404);
      await w.as('reviewer').get(`/api/reports/${reportId}`).expect(200);
      const list = await w.as('cso').get(`/api/partnerships/${id}/reports`).expect(200);
      expect(list.body.map((r: { status: string }) => r.status)).toEqual(['validated', 'draft']);
      await w.as('cso').get('/api/reports/00000000-0000-4000-8000-000000000000').expect(404);
    });
  });

  let servicePoint: string;
  let quietPoint: string;

  describe('service points', () => {
    it('registers service points in a commune or village of the gazetteer', async () => {
      const created = await w.as('cso').post('/api/service-points', { name: 'Chambak Health Centre', nameKm: 'មណ្ឌលសុខភាពចំបក់', kind: 'health_centre', adminUnitCode: '210201' }).expect(201);
      servicePoint = created.body.id;
      expect(created.body.adminUnitName).toEqual({ km: 'ចំបក់', en: 'Chambak' });
      quietPoint = (await w.as('sna').post('/api/service-points', { name: 'Chambak Primary School', kind: 'school', adminUnitCode: '21020101' }).expect(201)).body.id;
      await w.as('reviewer').post('/api/service-points', { name: 'x', kind: 'school', adminUnitCode: '210201' }).expect(403);
      const district = await w.as('cso').post('/api/service-points', { name: 'x', kind: 'school', adminUnitCode: '2102' }).expect(422);
      expect(paths(district.body)).toEqual(['adminUnitCode']);
      const unknown = await w.as('cso').post('/api/service-points', { name: 'x', kind: 'school', adminUnitCode: '219999' }).expect(422);
      expect(paths(unknown.body)).toEqual(['adminUnitCode']);
      const kind = await w.as('cso').post('/api/service-points', { name: 'x', kind: 'hospital', adminUnitCode: '210201' }).expect(422);
      expect(paths(kind.body)).toEqual(['kind']);
    });

    it('finds service points by area, kind and name for signed-in users', async () => {
      const inTakeo = await w.as('network').get('/api/service-points?adminUnit=21&kind=health_centre').expect(200);
      expect(inTakeo.body.items.map((s: { id: string }) => s.id)).toEqual([servicePoint]);
      const byName = await w.as('network').get('/api/service-points?q=school').expect(200);
      expect(byName.body.items.map((s: { id: string }) => s.id)).toEqual([quietPoint]);
      const paged = await w.as('network').get('/api/service-points?adminUnit=210201&limit=1').expect(200);
      expect(paged.body.nextCursor).not.toBeNull();
      const next = await w.as('network').get(`/api/service-points?adminUnit=210201&limit=1&cursor=${paged.body.nextCursor}`).expect(200);
      expect([...paged.body.items, ...next.body.items].map((s: { id: string }) => s.id).sort()).toEqual([servicePoint, quietPoint].sort());
      const bad = await w.as('network').get('/api/service-points?kind=hospital&adminUnit=2x').expect(422);
      expect(paths(bad.body).sort()).toEqual(['query.adminUnit', 'query.kind']);
      await t.http.get('/api/service-points').expect(401);
      expect((await w.as('network').get(`/api/service-points/${servicePoint}`).expect(200)).body.kind).toBe('health_centre');
    });
  });

  let scorecardId: string;

  describe('scorecards', () => {
    const round = () => ({
      servicePointId: servicePoint, date: '2026-02-10',
      participants: { female: 12, male: 8, disability: 2, youth: 5 },
      criteria: [
        { name: 'Staff politeness', citizenScore: 2, providerScore: 4, suggestedAction: 'Courtesy training' },
        { name: 'Opening hours', citizenScore: 3, providerScore: 3.5 },
      ],
    });

    it('records rounds with the gap between providers’ and citizens’ scores', async () => {
      const created = await w.as('cso').post(`/api/partnerships/${id}/scorecards`, round()).expect(201);
      scorecardId = created.body.id;
      expect(created.body).toMatchObject({
        facilitatingOrganizationId: ngo,
        participants: { female: 12, male: 8, disability: 2, idPoor: 0, youth: 5, total: 20 },
        criteria: [
          { name: 'Staff politeness', gap: 2, suggestedAction: 'Courtesy training' },
          { name: 'Opening hours', gap: 0.5, suggestedAction: null },
        ],
        citizenAverage: 2.5, providerAverage: 3.75, averageGap: 1.25,
      });
      await w.as('sna').post(`/api/partnerships/${id}/scorecards`, {
        ...round(), date: '2026-08-10',
        criteria: [{ name: ' staff  POLITENESS', citizenScore: 3.5, providerScore: 4 }, { name: 'Cleanliness', citizenScore: 4, providerScore: 4 }],
      }).expect(201);
    });

    it('refuses scores outside 1–5, impossible participant counts, unknown service points and strangers', async () => {
      const scores = await w.as('cso').post(`/api/partnerships/${id}/scorecards`, { ...round(), criteria: [{ name: 'x', citizenScore: 6, providerScore: 0.5 }] }).expect(422);
      expect(paths(scores.body).sort()).toEqual(['criteria.0.citizenScore', 'criteria.0.providerScore']);
      const counts = await w.as('cso').post(`/api/partnerships/${id}/scorecards`, { ...round(), participants: { female: 1, male: 1, youth: 3 } }).expect(422);
      expect(paths(counts.body)).toEqual(['participants.youth']);
      const unknown = await w.as('cso').post(`/api/partnerships/${id}/scorecards`, { ...round(), servicePointId: '00000000-0000-4000-8000-000000000000' }).expect(422);
      expect(paths(unknown.body)).toEqual(['servicePointId']);
      await w.as('network').post(`/api/partnerships/${id}/scorecards`, round()).expect(404);
      await w.as('reviewer').post(`/api/partnerships/${id}/scorecards`, round()).expect(403);
    });

    it('compares the rounds of a service point over time, only for those who see the partnership', async () => {
      const seen = await w.as('sna').get(`/api/service-points/${servicePoint}/scorecards`).expect(200);
      expect(seen.body.rounds.map((r: { date: string }) => r.date)).toEqual(['2026-02-10', '2026-08-10']);
      expect(seen.body.comparison).toEqual([
        { name: 'Staff politeness', points: [{ date: '2026-02-10', citizenScore: 2, providerScore: 4, gap: 2 }, { date: '2026-08-10', citizenScore: 3.5, providerScore: 4, gap: 0.5 }] },
        { name: 'Opening hours', points: [{ date: '2026-02-10', citizenScore: 3, providerScore: 3.5, gap: 0.5 }, { date: '2026-08-10', citizenScore: null, providerScore: null, gap: null }] },
        { name: 'Cleanliness', points: [{ date: '2026-02-10', citizenScore: null, providerScore: null, gap: null }, { date: '2026-08-10', citizenScore: 4, providerScore: 4, gap: 0 }] },
      ]);
      const stranger = await w.as('network').get(`/api/service-points/${servicePoint}/scorecards`).expect(200);
      expect(stranger.body).toEqual({ rounds: [], comparison: [] });
      await w.as('network').get(`/api/partnerships/${id}/scorecards`).expect(404);
      expect((await w.as('cso').get(`/api/partnerships/${id}/scorecards`).expect(200)).body).toHaveLength(2);
    });
  });

  let actionItemId: string;

  describe('action plans', () => {
    it('adds items owned by a party and flags the overdue ones', async () => {
      const past = await w.as('sna').post(`/api/scorecards/${scorecardId}/action-items`, { description: 'Post opening hours at the gate', ownerOrganizationId: province, dueDate: '2026-03-01' }).expect(201);
      actionItemId = past.body.id;
      expect(past.body).toMatchObject({ status: 'open', overdue: todayInCambodia() > '2026-03-01' });
      const future = await w.as('cso').post(`/api/scorecards/${scorecardId}/action-items`, { description: 'Courtesy training', ownerOrganizationId: ngo, dueDate: '2099-12-31' }).expect(201);
      expect(future.body.overdue).toBe(false);
      const stranger = await w.as('cso').post(`/api/scorecards/${scorecardId}/action-items`, { description: 'x', ownerOrganizationId: network, dueDate: '2026-12-31' }).expect(422);
      expect(paths(stranger.body)).toEqual(['ownerOrganizationId']);
      const bad = await w.as('cso').post(`/api/scorecards/${scorecardId}/action-items`, { description: '', ownerOrganizationId: ngo, dueDate: '2026-02-30' }).expect(422);
      expect(paths(bad.body).sort()).toEqual(['description', 'dueDate']);
      await w.as('network').post(`/api/scorecards/${scorecardId}/action-items`, { description: 'x', ownerOrganizationId: ngo, dueDate: '2026-12-31' }).expect(404);
    });

    it('moves items forward only; done and dropped are final and no longer overdue', async () => {
      await patch('sna', `/api/action-items/${actionItemId}`, { status: 'in_progress' }).expect(200);
      const done = await patch('sna', `/api/action-items/${actionItemId}`, { status: 'done', evidence: 'Photo of the notice board' }).expect(200);
      expect(done.body).toMatchObject({ status: 'done', overdue: false, evidence: 'Photo of the notice board' });
      const back = await patch('sna', `/api/action-items/${actionItemId}`, { status: 'open' }).expect(409);
      expect(back.body.detail).toMatch(/cannot move/);
      await patch('sna', `/api/action-items/${actionItemId}`, { status: 'finished' }).expect(422);
      await patch('reviewer', `/api/action-items/${actionItemId}`, { followUp: 'x' }).expect(403);
      await patch('network', `/api/action-items/${actionItemId}`, { followUp: 'x' }).expect(404);
      const rounds = await w.as('cso').get(`/api/partnerships/${id}/scorecards`).expect(200);
      expect(rounds.body[0].actionItems.map((i: { status: string }) => i.status)).toEqual(['done', 'open']);
    });
  });

  describe('citizens’ feedback', () => {
    const give = (ip: string, body: object, point = servicePoint) => t.http.post(`/api/service-points/${point}/feedback`).set('X-Forwarded-For', ip).send(body);
    let feedbackId: string;

    it('takes feedback without an account, answers only that it was received, and keeps HTML as plain text', async () => {
      const text = '<script>alert(1)</script> The nurse was <b>kind</b> & quick';
      const given = await give('203.0.113.1', { text, rating: 5 }).expect(201);
      feedbackId = given.body.id;
      expect(given.body).toEqual({ id: feedbackId, status: 'new' });
      await give('203.0.113.1', { text: 'ស្ទើរតែ\r\nគ្មានថ្នាំ\u202E ', channel: 'sms' }).expect(201);
      const inbox = await w.as('cso').get(`/api/service-points/${servicePoint}/feedback`).expect(200);
      expect(inbox.headers['content-type']).toMatch(/application\/json/);
      expect(inbox.body.items.map((f: { text: string }) => f.text)).toEqual(['ស្ទើរតែ\nគ្មានថ្នាំ', text]);
      expect(inbox.body.items[1]).toMatchObject({ status: 'new', channel: 'web', rating: 5 });
    });

    it('refuses empty, oversized and malformed feedback, naming the field', async () => {
      const ip = '203.0.113.2';
      expect(paths((await give(ip, { text: ' \u200B ' }).expect(422)).body)).toEqual(['text']);
      expect(paths((await give(ip, { text: 'x'.repeat(2001) }).expect(422)).body)).toEqual(['text']);
      expect(paths((await give(ip, { text: 'ok', rating: 9, name: 'Sokha' }).expect(422)).body).sort()).toEqual(['name', 'rating']);
      const huge = await give(ip, { text: 'x'.repeat(40_000) }).expect(413);
      expect(huge.body.type).toBe('urn:daikou:problem:payload_too_large');
      await give('203.0.113.3', { text: 'Hello' }, '00000000-0000-4000-8000-000000000000').expect(404);
    });

    it('limits each address to five pieces of feedback a minute', async () => {
      for (let i = 0; i < 5; i += 1) await give('203.0.113.4', { text: `Feedback ${i}` }).expect(201);
      const refused = await give('203.0.113.4', { text: 'One more' }).expect(429);
      expect(refused.body.type).toBe('urn:daikou:problem:too_many_requests');
      await give('203.0.113.5', { text: 'From another address' }).expect(201);
    });

    it('shows the inbox to the parties monitoring the service point and to reviewers only', async () => {
      await w.as('sna').get(`/api/service-points/${servicePoint}/feedback?status=new&limit=2`).expect(200);
      await w.as('reviewer').get(`/api/service-points/${servicePoint}/feedback`).expect(200);
      await w.as('network').get(`/api/service-points/${servicePoint}/feedback`).expect(404);
      await w.as('cso').get(`/api/service-points/${quietPoint}/feedback`).expect(404);
      await t.http.get(`/api/service-points/${servicePoint}/feedback`).expect(401);
      const bad = await w.as('sna').get(`/api/service-points/${servicePoint}/feedback?status=read`).expect(422);
      expect(paths(bad.body)).toEqual(['query.status']);
    });

    it('is triaged forward by the monitoring parties and may be linked to their action item', async () => {
      const acknowledged = await patch('sna', `/api/feedback/${feedbackId}`, { status: 'acknowledged' }).expect(200);
      expect(acknowledged.body).toMatchObject({ status: 'acknowledged', actionItemId: null });
      await patch('sna', `/api/feedback/${feedbackId}`, { status: 'new' }).expect(409);
      await patch('reviewer', `/api/feedback/${feedbackId}`, { status: 'acted_on' }).expect(403);
      await patch('network', `/api/feedback/${feedbackId}`, { status: 'acted_on' }).expect(404);
      const foreign = await patch('cso', `/api/feedback/${feedbackId}`, { status: 'acted_on', actionItemId: '00000000-0000-4000-8000-000000000000' }).expect(422);
      expect(paths(foreign.body)).toEqual(['actionItemId']);
      const linked = await patch('cso', `/api/feedback/${feedbackId}`, { status: 'acted_on', actionItemId }).expect(200);
      expect(linked.body).toMatchObject({ status: 'acted_on', actionItemId });
    });
  });
});
