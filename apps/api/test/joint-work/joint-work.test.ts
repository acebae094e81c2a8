// Joint work of an active partnership over HTTP on PostgreSQL: the workplan, meetings both sides approve,
// commitments both sides rate, the accountability record, and the overdue job.
import { startTestApp, type TestApp } from '../support/test-app';
import { walker, type Walker } from '../support/partnership-walk';
import { waitFor } from '../support/wait';

describe('joint work and mutual accountability', () => {
  let t: TestApp;
  let w: Walker;
  let id: string;
  let province: string;
  let ngo: string;

  beforeAll(async () => {
    t = await startTestApp();
    w = await walker(t);
    id = await w.activePartnership();
    province = w.orgs['Takéo Provincial Administration']!;
    ngo = w.orgs['Khmer Community Health Association']!;
  });
  afterAll(() => t?.close());

  describe('workplan', () => {
    let activityId: string;

    it('adds activities for the parties’ officers only, naming strangers as bad input', async () => {
      const body = {
        title: 'Scorecard round in Bati', leadOrganizationId: ngo, contributingOrganizationIds: [province],
        startDate: '2026-02-01', endDate: '2026-02-28',
        contributions: [{ organizationId: province, kind: 'venue', description: 'District hall' }, { organizationId: ngo, kind: 'cash', description: 'Facilitators', amount: 800, currency: 'USD' }],
      };
      const created = await w.as('cso').post(`/api/partnerships/${id}/activities`, body).expect(201);
      activityId = created.body.id;
      expect(created.body).toMatchObject({ status: 'planned', leadOrganizationId: ngo, contributions: body.contributions });
      await w.as('network').post(`/api/partnerships/${id}/activities`, body).expect(404);
      await w.as('reviewer').post(`/api/partnerships/${id}/activities`, body).expect(403);
      const stranger = await w.as('sna').post(`/api/partnerships/${id}/activities`, { ...body, leadOrganizationId: w.orgs['Social Accountability CSO Network'], contributions: [] }).expect(422);
      expect(stranger.body.errors[0].path).toBe('leadOrganizationId');
      const backwards = await w.as('sna').post(`/api/partnerships/${id}/activities`, { ...body, endDate: '2026-01-01' }).expect(422);
      expect(backwards.body.errors[0].path).toBe('endDate');
    });

    it('moves an activity only along allowed status steps', async () => {
      await t.http.patch(`/api/activities/${activityId}`).auth(w.tokens.sna!, { type: 'bearer' }).send({ status: 'in_progress' }).expect(200);
      await t.http.patch(`/api/activities/${activityId}`).auth(w.tokens.sna!, { type: 'bearer' }).send({ status: 'done' }).expect(200);
      await t.http.patch(`/api/activities/${activityId}`).auth(w.tokens.sna!, { type: 'bearer' }).send({ status: 'planned' }).expect(409);
      await t.http.patch(`/api/activities/${activityId}`).auth(w.tokens.network!, { type: 'bearer' }).send({ title: 'x' }).expect(404);
      const list = await w.as('reviewer').get(`/api/partnerships/${id}/activities`).expect(200);
      expect(list.body).toHaveLength(1);
      expect(list.body[0].status).toBe('done');
    });
  });

  describe('meetings', () => {
    let meetingId: string;
    const patchMeeting = (who: string, body: object) => t.http.patch(`/api/meetings/${meetingId}`).auth(w.tokens[who]!, { type: 'bearer' }).send(body);

    it('records attendance disaggregated by sex, disability and ID-poor status', async () => {
      const created = await w.as('cso').post(`/api/partnerships/${id}/meetings`, {
        date: '2026-02-10', place: 'Bati district hall', agenda: 'Scorecard results',
        attendees: [
          { name: 'Sophea', organizationId: ngo, sex: 'female' },
          { name: 'Dara', organizationId: province, sex: 'male' },
          { name: 'Mealea', sex: 'female', disability: true, idPoor: true },
        ],
        minutes: 'Scores were presented; the health centre will post opening hours.',
        decisions: ['Post opening hours at the gate'],
        actionItems: [{ description: 'Post opening hours', ownerOrganizationId: province, dueDate: '2026-03-01' }],
      }).expect(201);
      meetingId = created.body.id;
      expect(created.body.attendance).toMatchObject({ total: 3, female: 2, male: 1, disability: 1, idPoor: 1 });
      expect(created.body.minutesState).toBe('draft');
    });

    it('makes minutes final only when every party approved, each once; an edit clears the approvals', async () => {
      expect((await w.as('cso').post(`/api/meetings/${meetingId}/approve`).expect(200)).body.minutesState).toBe('partly_approved');
      await w.as('cso').post(`/api/meetings/${meetingId}/approve`).expect(409);
      await w.as('reviewer').post(`/api/meetings/${meetingId}/approve`).expect(403);
      await w.as('network').post(`/api/meetings/${meetingId}/approve`).expect(404);
      expect((await w.as('sna').post(`/api/meetings/${meetingId}/approve`).expect(200)).body.minutesState).toBe('final');

      const edited = await patchMeeting('sna', { minutes: 'Scores were presented; opening hours posted by 1 March.' }).expect(200);
      expect(edited.body).toMatchObject({ minutesState: 'draft', approvals: [] });
      const placeOnly = await patchMeeting('sna', { place: 'Commune office' }).expect(200);
      expect(placeOnly.body.minutesState).toBe('draft');
      await w.as('cso').post(`/api/meetings/${meetingId}/approve`).expect(200);
      const unchanged = await patchMeeting('cso', { place: 'Commune office, Chambak' }).expect(200);
      expect(unchanged.body.minutesState).toBe('partly_approved');
    });

    it('asks the other party to approve the minutes', async () => {
      const me = await w.as('sna').get('/api/notifications').expect(200);
      expect(me.body.items.some((n: { kind: string }) => n.kind === 'minutes_to_approve')).toBe(true);
    });
  });

  describe('commitments and ratings', () => {
    let monthly: string;
    let oneOff: string;
    const rate = (who: string, commitment: string, body: object) => w.as(who).post(`/api/commitments/${commitment}/ratings`, body);

    it('generates one occurrence per period up to the partnership’s end date', async () => {
      const created = await w.as('sna').post(`/api/partnerships/${id}/commitments`, {
        title: 'Publish health centre opening hours', ownerOrganizationId: province, dueDate: '2026-01-31', recurrence: 'monthly',
      }).expect(201);
      monthly = created.body.id;
      expect(created.body.occurrences).toHaveLength(24);
      expect(created.body.occurrences.slice(0, 3).map((o: { dueDate: string }) => o.dueDate)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
      const single = await w.as('cso').post(`/api/partnerships/${id}/commitments`, {
        title: 'Deliver the scorecard report', ownerOrganizationId: ngo, dueDate: '2026-03-15',
      }).expect(201);
      oneOff = single.body.id;
      expect(single.body.occurrences).toHaveLength(1);
      await w.as('network').post(`/api/partnerships/${id}/commitments`, { title: 'x', ownerOrganizationId: ngo, dueDate: '2026-03-15' }).expect(404);
    });

    it('takes one rating per party per occurrence, for the rater’s own organisation', async () => {
      await rate('sna', monthly, { period: '2026-01-31', rating: 'kept', comment: 'Posted at the gate' }).expect(201);
      await rate('sna', monthly, { period: '2026-01-31', rating: 'not_kept' }).expect(409);
      await rate('reviewer', monthly, { period: '2026-01-31', rating: 'kept' }).expect(403);
      await rate('network', monthly, { period: '2026-01-31', rating: 'kept' }).expect(404);
      const wrongPeriod = await rate('cso', monthly, { period: '2026-02-01', rating: 'kept' }).expect(422);
      expect(wrongPeriod.body.errors[0].path).toBe('period');
      const badRating = await rate('cso', monthly, { period: '2026-01-31', rating: 'maybe' }).expect(422);
      expect(badRating.body.errors[0].path).toBe('rating');
    });

    it('flags an occurrence the two sides rate differently as disputed, showing both views', async () => {
      const rated = await rate('cso', monthly, { period: '2026-01-31', rating: 'partly_kept', comment: 'Only at one of two centres' }).expect(201);
      const january = rated.body.occurrences[0];
      expect(january.status).toBe('disputed');
      expect(january.ratings.map((r: { rating: string }) => r.rating).sort()).toEqual(['kept', 'partly_kept']);
      await rate('sna', monthly, { period: '2026-02-28', rating: 'kept' }).expect(201);
      const agreed = await rate('cso', monthly, { period: '2026-02-28', rating: 'kept' }).expect(201);
      expect(agreed.body.occurrences[1]).toMatchObject({ status: 'agreed', agreedRating: 'kept' });
      await rate('sna', oneOff, { period: '2026-03-15', rating: 'not_kept' }).expect(201);
      await rate('cso', oneOff, { period: '2026-03-15', rating: 'not_kept', comment: 'Delayed by the floods' }).expect(201);
    });

    it('puts both sides’ records side by side', async () => {
      const record = await w.as('reviewer').get(`/api/partnerships/${id}/accountability`).expect(200);
      const byKind = Object.fromEntries(record.body.map((r: { kind: string }) => [r.kind, r]));
      expect(byKind.state).toMatchObject({ organizationId: province, kept: 1, disputed: 1 });
      expect(byKind.non_state).toMatchObject({ organizationId: ngo, notKept: 1 });
      await w.as('network').get(`/api/partnerships/${id}/accountability`).expect(404);
    });
  });

  describe('overdue marking', () => {
    it('marks an occurrence due and not rated kept as overdue, telling the owner once', async () => {
      const commitment = await w.as('sna').post(`/api/partnerships/${id}/commitments`, {
        title: 'Repair the waiting-room roof', ownerOrganizationId: province, dueDate: '2026-01-20',
      }).expect(201);
      const countNotices = async () => {
        const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'commitment_overdue' AND body_en LIKE '%waiting-room roof%'`);
        return rows[0].n as number;
      };
      const job1 = await t.jobs.enqueueNow('commitments.mark_overdue', {});
      await waitFor('the overdue check', async () => (await t.dataSource.query(`SELECT status FROM jobs WHERE id = $1`, [job1]))[0].status === 'completed');
      const first = await countNotices();
      expect(first).toBeGreaterThan(0);
      const job2 = await t.jobs.enqueueNow('commitments.mark_overdue', {});
      await waitFor('the second overdue check', async () => (await t.dataSource.query(`SELECT status FROM jobs WHERE id = $1`, [job2]))[0].status === 'completed');
      expect(await countNotices()).toBe(first);
      const list = await w.as('sna').get(`/api/partnerships/${id}/commitments`).expect(200);
      expect(list.body.find((c: { id: string }) => c.id === commitment.body.id).occurrences[0].status).toBe('overdue');
    });
  });
});
