// The public transparency record on PostgreSQL: JSON under /api/public and the pages under /public, without login.
// Only published partnerships appear; nothing names a person; the pages are bilingual, cached, and take feedback
// through a plain form with the same limits as the JSON endpoint.
import { DEMO_ACCOUNTS } from '../src/demo/demo-data';
import { startTestApp, type TestApp } from './support/test-app';
import { walker, type Walker } from './support/partnership-walk';

const FEEDBACK_TEXT = 'Nurse Sophea Chan (sophea.chan@example.org, 012 345 678) asked me for money';
const RATING_COMMENT = 'Checked by Vuthy on his phone 097 111 222';
const REVIEWER_REASON = 'Suspended after the complaint of Mr Rith Samnang';

describe('the public record', () => {
  let t: TestApp;
  let w: Walker;
  let published: string;
  let servicePoint: string;
  let quietPoint: string;
  const unpublished = {} as { draft: string; declined: string; withdrawn: string; suspended: string };
  let suspendedPoint: string;

  const page = (path: string, language = 'en-GB') => t.http.get(path).set('Accept-Language', language);
  const post = (path: string, form: Record<string, string>, ip: string) => t.http.post(path).set('X-Forwarded-For', ip).type('form').send(form);

  beforeAll(async () => {
    t = await startTestApp({ env: { DAIKOU_TRUST_PROXY: '1' } });
    w = await walker(t);
    const province = w.orgs['Takéo Provincial Administration']!;
    const ngo = w.orgs['Khmer Community Health Association']!;
    published = await w.activePartnership({ title: 'Bati health centre scorecards', adminUnitCodes: ['2102'] });

    const point = await w.as('cso').post('/api/service-points', { name: 'Bati Health Centre', nameKm: 'មណ្ឌលសុខភាពបាទី', kind: 'health_centre', adminUnitCode: '210201' }).expect(201);
    servicePoint = point.body.id;
    quietPoint = (await w.as('cso').post('/api/service-points', { name: 'Quiet School', kind: 'school', adminUnitCode: '210201' }).expect(201)).body.id;
    const round = (date: string, criteria: object[]) => w.as('cso').post(`/api/partnerships/${published}/scorecards`, { servicePointId: servicePoint, date, participants: { female: 12, male: 8 }, criteria }).expect(201);
    const first = await round('2026-02-10', [{ name: 'Staff politeness', citizenScore: 2, providerScore: 4 }, { name: 'Opening hours', citizenScore: 3, providerScore: 3.5 }]);
    await round('2026-08-10', [{ name: 'Staff politeness', citizenScore: 3.5, providerScore: 4 }]);
    const item = await w.as('sna').post(`/api/scorecards/${first.body.id}/action-items`, { description: 'Post opening hours at the gate', ownerOrganizationId: province, dueDate: '2026-03-01' }).expect(201);
    await t.http.patch(`/api/action-items/${item.body.id}`).auth(w.tokens.sna!, { type: 'bearer' }).send({ status: 'done', evidence: 'Photo sent by Vuthy Sna' }).expect(200);
    await w.as('cso').post(`/api/scorecards/${first.body.id}/action-items`, { description: 'Courtesy training for the staff', ownerOrganizationId: ngo, dueDate: '2026-04-01' }).expect(201);

    // The state side kept its commitment (both agree, with a comment naming someone); the association's is overdue.
    const kept = await w.as('sna').post(`/api/partnerships/${published}/commitments`, { title: 'Publish the health centre budget', ownerOrganizationId: province, dueDate: '2026-03-31' }).expect(201);
    await w.as('sna').post(`/api/commitments/${kept.body.id}/ratings`, { period: '2026-03-31', rating: 'kept', comment: RATING_COMMENT }).expect(201);
    await w.as('cso').post(`/api/commitments/${kept.body.id}/ratings`, { period: '2026-03-31', rating: 'kept' }).expect(201);
    await w.as('cso').post(`/api/partnerships/${published}/commitments`, { title: 'Deliver the scorecard report', ownerOrganizationId: ngo, dueDate: '2026-04-30' }).expect(201);
    await t.http.post(`/api/service-points/${servicePoint}/feedback`).set('X-Forwarded-For', '198.51.100.1').send({ text: FEEDBACK_TEXT }).expect(201);

    const create = (title: string) => w.as('sna').post('/api/partnerships', {
      title, function: 'service_monitoring', form: 'collaboration', goals: 'Not for the public yet',
      parties: [{ organizationId: province }, { organizationId: ngo }], adminUnitCodes: ['2102'], sectors: ['health'], startDate: '2026-01-01', endDate: '2026-12-31',
    }).expect(201);
    unpublished.draft = (await create('Draft partnership')).body.id;
    unpublished.declined = (await create('Declined partnership')).body.id;
    await w.act(unpublished.declined, 'sna', 'submit_proposal').expect(200);
    await w.act(unpublished.declined, 'reviewer', 'decline', { reason: 'Out of scope' }).expect(200);
    unpublished.withdrawn = (await create('Withdrawn partnership')).body.id;
    await w.act(unpublished.withdrawn, 'sna', 'withdraw').expect(200);
    unpublished.suspended = await w.activePartnership({ title: 'Suspended partnership' });
    suspendedPoint = (await w.as('cso').post('/api/service-points', { name: 'Suspended Clinic', kind: 'health_centre', adminUnitCode: '210201' }).expect(201)).body.id;
    await w.as('cso').post(`/api/partnerships/${unpublished.suspended}/scorecards`, { servicePointId: suspendedPoint, date: '2026-05-01', participants: { female: 1, male: 1 }, criteria: [{ name: 'Wait', citizenScore: 2, providerScore: 3 }] }).expect(201);
    await w.act(unpublished.suspended, 'reviewer', 'suspend', { reason: REVIEWER_REASON }).expect(200);
  }, 120_000);
  afterAll(() => t?.close());

  describe('JSON', () => {
    it('lists only active, completed and closed partnerships, with organisations, area and dates', async () => {
      const list = await t.http.get('/api/public/partnerships').expect(200);
      expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([published]);
      expect(list.body.items[0]).toMatchObject({
        title: 'Bati health centre scorecards', status: 'active', purpose: 'Citizens score health services; both sides follow up.',
        parties: [
          { name: 'Takéo Provincial Administration', nameKm: 'រដ្ឋបាលខេត្តតាកែវ', kind: 'state' },
          { name: 'Khmer Community Health Association', nameKm: 'សមាគមសុខភាពសហគមន៍ខ្មែរ', kind: 'non_state' },
        ],
        area: [{ code: '2102', level: 'district', nameKm: 'បាទី', nameLatin: 'Bati' }],
        startDate: '2026-01-01', endDate: '2027-12-31',
      });
      expect((await t.http.get('/api/public/partnerships?province=21&status=active&q=health').expect(200)).body.items).toHaveLength(1);
      expect((await t.http.get('/api/public/partnerships?province=12').expect(200)).body.items).toEqual([]);
      expect((await t.http.get('/api/public/partnerships?status=completed').expect(200)).body.items).toEqual([]);
      const refused = await t.http.get('/api/public/partnerships?status=draft').expect(422);
      expect(refused.body.errors.map((e: { path: string }) => e.path)).toEqual(['query.status']);
    });

    it('pages with a cursor', async () => {
      const second = await w.activePartnership({ title: 'Second published partnership', startDate: '2026-02-01' });
      const first = await t.http.get('/api/public/partnerships?limit=1').expect(200);
      expect(first.body.items.map((p: { id: string }) => p.id)).toEqual([second]);
      const next = await t.http.get(`/api/public/partnerships?limit=1&cursor=${first.body.nextCursor}`).expect(200);
      expect(next.body).toMatchObject({ items: [{ id: published }], nextCursor: null });
      await w.act(second, 'reviewer', 'complete').expect(200);
      expect((await t.http.get('/api/public/partnerships?status=completed').expect(200)).body.items.map((p: { id: string }) => p.id)).toEqual([second]);
    });

    it('gives the record of a published partnership: both sides’ commitments, scorecard results and the action plan', async () => {
      const record = await t.http.get(`/api/public/partnerships/${published}`).expect(200);
      expect(record.body.commitments.sides).toEqual([
        { side: 'state', kept: 1, partlyKept: 0, notKept: 0, disputed: 0, overdue: 0 },
        { side: 'non_state', kept: 0, partlyKept: 0, notKept: 0, disputed: 0, overdue: 1 },
      ]);
      expect(record.body.commitments.parties.map((p: { name: string; score: number | null }) => [p.name, p.score])).toEqual([
        ['Takéo Provincial Administration', 100],
        ['Khmer Community Health Association', 0],
      ]);
      expect(record.body.servicePoints).toEqual([
        expect.objectContaining({
          id: servicePoint, name: 'Bati Health Centre', nameKm: 'មណ្ឌលសុខភាពបាទី', kind: 'health_centre', feedbackPage: `/public/service-points/${servicePoint}`,
          rounds: [
            { date: '2026-02-10', participants: { female: 12, male: 8, disability: 0, idPoor: 0, youth: 0, total: 20 }, citizenAverage: 2.5, providerAverage: 3.75 },
            { date: '2026-08-10', participants: { female: 12, male: 8, disability: 0, idPoor: 0, youth: 0, total: 20 }, citizenAverage: 3.5, providerAverage: 4 },
          ],
          criteria: [
            { name: 'Staff politeness', points: [{ date: '2026-02-10', citizenScore: 2, providerScore: 4, gap: 2 }, { date: '2026-08-10', citizenScore: 3.5, providerScore: 4, gap: 0.5 }] },
            { name: 'Opening hours', points: [{ date: '2026-02-10', citizenScore: 3, providerScore: 3.5, gap: 0.5 }, { date: '2026-08-10', citizenScore: null, providerScore: null, gap: null }] },
          ],
        }),
      ]);
      expect(record.body.actionPlan).toEqual([
        { description: 'Post opening hours at the gate', status: 'done', dueDate: '2026-03-01', overdue: false, owner: { name: 'Takéo Provincial Administration', nameKm: 'រដ្ឋបាលខេត្តតាកែវ', kind: 'state' }, servicePointId: servicePoint, roundDate: '2026-02-10' },
        { description: 'Courtesy training for the staff', status: 'open', dueDate: '2026-04-01', overdue: true, owner: { name: 'Khmer Community Health Association', nameKm: 'សមាគមសុខភាពសហគមន៍ខ្មែរ', kind: 'non_state' }, servicePointId: servicePoint, roundDate: '2026-02-10' },
      ]);
    });

    it('gives a service point monitored by a published partnership, and 404 for any other', async () => {
      const point = await t.http.get(`/api/public/service-points/${servicePoint}`).expect(200);
      expect(point.body).toMatchObject({ partnerships: [{ id: published, title: 'Bati health centre scorecards' }], rounds: [{ date: '2026-02-10' }, { date: '2026-08-10' }] });
      expect(point.body.actionPlan).toHaveLength(2);
      for (const id of [quietPoint, suspendedPoint, '00000000-0000-4000-8000-000000000000']) {
        const missing = await t.http.get(`/api/public/service-points/${id}`).expect(404);
        expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
      }
      await t.http.get('/api/public/service-points/not-a-uuid').expect(422);
    });

    it('answers 404 for partnerships that are not published, whoever asks', async () => {
      for (const id of Object.values(unpublished)) {
        await t.http.get(`/api/public/partnerships/${id}`).expect(404);
        await t.http.get(`/api/public/partnerships/${id}`).auth(w.tokens.reviewer!, { type: 'bearer' }).expect(404);
      }
    });

    it('is cached for five minutes and revalidated with an ETag', async () => {
      const first = await t.http.get(`/api/public/partnerships/${published}`).expect(200);
      expect(first.headers['cache-control']).toBe('public, max-age=300');
      expect(first.headers.etag).toBeTruthy();
      await t.http.get(`/api/public/partnerships/${published}`).set('If-None-Match', first.headers.etag!).expect(304);
    });
  });

  describe('pages', () => {
    it('serve the list, the partnership and the service point outside /api, in the language of the browser', async () => {
      const list = await page('/public', 'km-KH,km;q=0.9,en;q=0.8').expect(200);
      expect(list.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(list.text).toContain('<html lang="km">');
      expect(list.text).toContain('កំណត់ត្រាសាធារណៈនៃភាពជាដៃគូ');
      expect(list.text).toContain(`href="/public/partnerships/${published}?lang=km"`);
      const english = await page(`/public/partnerships/${published}`).expect(200);
      expect(english.text).toContain('<html lang="en">');
      expect(english.text).toMatch(/Commitments kept[\s\S]*State side[\s\S]*Kept: 1[\s\S]*Non-state side[\s\S]*Overdue: 1/);
      expect(english.text).toContain('Post opening hours at the gate');
      expect(english.text).toContain(`href="/public/service-points/${servicePoint}?lang=en"`);
      const khmer = await page(`/public/partnerships/${published}?lang=km`).expect(200);
      expect(khmer.text).toContain('<html lang="km">');
      expect(khmer.text).toContain('ការគោរពកិច្ចសន្យា');
      expect(khmer.text).toContain('មណ្ឌលសុខភាពបាទី');
      expect(khmer.text).toContain(`href="/public/partnerships/${published}?lang=en"`);
      const point = await page(`/public/service-points/${servicePoint}?lang=en`).expect(200);
      expect(point.text).toContain('Staff politeness');
      expect(point.text).toContain(`<form method="post" action="/public/service-points/${servicePoint}/feedback"`);
      expect(point.text).not.toMatch(/<script/i);
      await t.http.get(`/api/public/partnerships/${published}`).expect(200).expect('content-type', /json/);
    });

    it('filter the list by province and status', async () => {
      const takeo = await page('/public?province=21&status=active&q=&lang=en').expect(200);
      expect(takeo.text).toContain('Bati health centre scorecards');
      expect(takeo.text).toContain('<option value="21" selected>Takéo</option>');
      const none = await page('/public?status=closed&lang=en').expect(200);
      expect(none.text).toContain('No partnership matches these filters.');
      const invalid = await page('/public?status=draft&lang=en').expect(422);
      expect(invalid.text).toContain('The address of this page is not valid.');
    });

    it('answer 404 pages for partnerships and service points that are not published', async () => {
      for (const id of Object.values(unpublished)) {
        const missing = await page(`/public/partnerships/${id}?lang=km`).expect(404);
        expect(missing.headers['content-type']).toMatch(/text\/html/);
        expect(missing.text).toContain('<html lang="km">');
        expect(missing.text).toContain('ទំព័រនេះមិនមាន ឬមិនមែនជាសាធារណៈទេ។');
        expect(missing.text).not.toContain('Not for the public yet');
      }
      await page(`/public/service-points/${suspendedPoint}`).expect(404);
      await page(`/public/service-points/${quietPoint}`).expect(404);
      await page(`/public/service-points/${suspendedPoint}/thanks`).expect(404);
    });

    it('are cached, vary with the browser language and revalidate with an ETag', async () => {
      const first = await page(`/public/partnerships/${published}`).expect(200);
      expect(first.headers['cache-control']).toBe('public, max-age=300');
      expect(first.headers.vary).toMatch(/Accept-Language/);
      await page(`/public/partnerships/${published}`).set('If-None-Match', first.headers.etag!).expect(304);
      const khmer = await page(`/public/partnerships/${published}`, 'km').expect(200);
      expect(khmer.headers.etag).not.toBe(first.headers.etag);
    });

    it('ship the Khmer font once, cacheable for a year, and nothing for an unknown name', async () => {
      const html = (await page('/public?lang=km').expect(200)).text;
      const fontPath = /url\((\/public\/fonts\/noto-sans-khmer-[0-9a-f]{12}\.woff2)\)/.exec(html)![1]!;
      const font = await t.http.get(fontPath).buffer(true).expect(200);
      expect(font.headers['content-type']).toBe('font/woff2');
      expect(font.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(font.body.subarray(0, 4).toString('latin1')).toBe('wOF2');
      await t.http.get('/public/fonts/noto-sans-khmer-000000000000.woff2').expect(404);
    });
  });

  describe('no personal data', () => {
    it('appears anywhere in the JSON or the pages', async () => {
      const users: { id: string; email: string; name: string }[] = await t.dataSource.query('SELECT id, email, name FROM users');
      const payloads = [
        (await t.http.get('/api/public/partnerships').expect(200)).text,
        (await t.http.get(`/api/public/partnerships/${published}`).expect(200)).text,
        (await t.http.get(`/api/public/service-points/${servicePoint}`).expect(200)).text,
        (await page('/public?lang=en')).text,
        (await page('/public?lang=km')).text,
        (await page(`/public/partnerships/${published}?lang=en`)).text,
        (await page(`/public/partnerships/${published}?lang=km`)).text,
        (await page(`/public/service-points/${servicePoint}?lang=en`)).text,
        (await page(`/public/service-points/${servicePoint}?lang=km`)).text,
      ];
      const forbidden = [
        ...users.flatMap((u) => [u.id, u.email, u.name]),
        ...DEMO_ACCOUNTS.flatMap((a) => [a.name, a.name.split(' ')[0]!]),
        FEEDBACK_TEXT, 'Sophea', 'sophea.chan', '012 345 678', RATING_COMMENT, 'Vuthy', REVIEWER_REASON, 'Rith Samnang', 'Photo sent by',
      ];
      expect(users.length).toBeGreaterThan(5);
      for (const payload of payloads) {
        expect(payload).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
        for (const text of forbidden) expect(payload).not.toContain(text);
      }
    });
  });

  describe('the feedback form', () => {
    const form = () => `/public/service-points/${servicePoint}/feedback`;

    it('stores the text as given, answers 303 to a thank-you page in the visitor’s language', async () => {
      const text = 'ទឹកស្អាតមិនមាន <b>ទេ</b>';
      const sent = await post(form(), { text, rating: '2', lang: 'km' }, '203.0.113.10').expect(303);
      expect(sent.headers.location).toBe(`/public/service-points/${servicePoint}/thanks?lang=km`);
      const thanks = await page(sent.headers.location!).expect(200);
      expect(thanks.text).toContain('<html lang="km">');
      expect(thanks.text).toContain('សូមអរគុណ');
      expect(thanks.text).toContain(`href="/public/service-points/${servicePoint}?lang=km"`);
      const inbox = await w.as('cso').get(`/api/service-points/${servicePoint}/feedback?limit=1`).expect(200);
      expect(inbox.body.items[0]).toMatchObject({ text, rating: 2, channel: 'web', status: 'new' });
    });

    it('takes a post from a signed-in officer’s browser like any other: the session cookie is not read', async () => {
      const login = await t.http.post('/api/auth/login').send({ email: 'cso@daikou.demo', password: 'daikou-demo-2026' }).expect(200);
      const cookie = [login.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('daikou_session='))!.split(';')[0]!;
      await post(form(), { text: 'Sent while signed in', lang: 'en' }, '203.0.113.11').set('Cookie', cookie).expect(303);
    });

    it('shows the form again with the reason beside the field and the text kept', async () => {
      const empty = await post(form(), { text: ' \u200B ', rating: '', lang: 'km' }, '203.0.113.12').expect(422);
      expect(empty.headers['content-type']).toMatch(/text\/html/);
      expect(empty.headers['cache-control']).toBe('no-store');
      expect(empty.text).toMatch(/<p class="error" id="text-error">មិនអាចទុកទទេបានទេ<\/p>\s*<textarea id="text" name="text"[^>]*aria-invalid="true"/);
      const rating = await post(form(), { text: 'Keep <this> text', rating: '9', lang: 'en' }, '203.0.113.12').expect(422);
      expect(rating.text).toContain('<p class="error" id="rating-error">Must be a whole number from 1 to 5</p>');
      expect(rating.text).toContain('>Keep &lt;this&gt; text</textarea>');
      const long = await post(form(), { text: 'x'.repeat(2001), lang: 'en' }, '203.0.113.12').expect(422);
      expect(long.text).toContain('Must be at most 2,000 characters');
      const huge = await post(form(), { text: 'x'.repeat(40_000), lang: 'en' }, '203.0.113.13').expect(413);
      expect(huge.text).toContain('Your message is too long.');
      await post(`/public/service-points/${quietPoint}/feedback`, { text: 'Hello', lang: 'en' }, '203.0.113.14').expect(404);
    });

    it('limits each address to five posts a minute and keeps the text of the refused one', async () => {
      for (let i = 0; i < 5; i += 1) await post(form(), { text: `Feedback ${i}`, lang: 'en' }, '203.0.113.20').expect(303);
      const refused = await post(form(), { text: 'One more', rating: '4', lang: 'en' }, '203.0.113.20').expect(429);
      expect(refused.headers['retry-after']).toBeTruthy();
      expect(refused.text).toContain('Too many messages were sent from your connection in a short time.');
      expect(refused.text).toContain('>One more</textarea>');
      expect(refused.text).toContain('value="4" checked');
      await post(form(), { text: 'From another address', lang: 'en' }, '203.0.113.21').expect(303);
    });

    it('counts the form and the JSON endpoint against one allowance per address', async () => {
      const json = (text: string) => t.http.post(`/api/service-points/${servicePoint}/feedback`).set('X-Forwarded-For', '203.0.113.22').send({ text });
      for (let i = 0; i < 3; i += 1) await post(form(), { text: `Form ${i}`, lang: 'en' }, '203.0.113.22').expect(303);
      await json('JSON 1').expect(201);
      await json('JSON 2').expect(201);
      await json('JSON 3').expect(429);
      await post(form(), { text: 'Form again', lang: 'en' }, '203.0.113.22').expect(429);
    });
  });
});
