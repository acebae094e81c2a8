// Every monitoring list as a CSV download on PostgreSQL: UTF-8 with BOM, Khmer headers on request, Khmer text intact,
// the same filters and visibility as the JSON list (another organisation's rows never in it), formulas defused.
import { startTestApp, type TestApp } from '../support/test-app';
import { walker, type Walker } from '../support/partnership-walk';
import { csvOf, networkPartnership, round } from './monitoring-fixture';

describe('monitoring lists as CSV', () => {
  let t: TestApp;
  let w: Walker;
  let takeo: string;
  let bati: string;
  let centre: string;
  let school: string;
  const csv = (who: string, path: string) => csvOf(t, w.tokens[who]!, path);
  const column = (rows: string[][], header: string) => rows.slice(1).map((row) => row[rows[0]!.indexOf(header)]);

  beforeAll(async () => {
    t = await startTestApp();
    w = await walker(t);
    takeo = await w.activePartnership();
    bati = await networkPartnership(w);
    const ngo = w.orgs['Khmer Community Health Association']!;
    centre = (await w.as('cso').post('/api/service-points', { name: 'Chambak Health Centre', nameKm: 'មណ្ឌលសុខភាពចំបក់', kind: 'health_centre', adminUnitCode: '210201' }).expect(201)).body.id;
    school = (await w.as('cso').post('/api/service-points', { name: 'Chambak Primary School', kind: 'school', adminUnitCode: '21020101' }).expect(201)).body.id;
    const indicator = (await w.as('cso').post(`/api/partnerships/${takeo}/indicators`, {
      name: 'Antenatal visits', nameKm: 'ការពិនិត្យផ្ទៃពោះ', unit: 'visits', baseline: 20, target: 60, frequency: 'quarterly', responsibleOrganizationId: ngo, disaggregations: ['sex'],
    }).expect(201)).body.id;
    await w.as('cso').post(`/api/partnerships/${takeo}/reports`, {
      periodStart: '2026-01-01', periodEnd: '2026-03-31', narrative: 'ស្ត្រីមកពិនិត្យច្រើនជាងមុន',
      values: [{ indicatorId: indicator, value: 40, note: 'ពីបញ្ជី', disaggregation: { sex: { female: 25, male: 15 } } }],
    }).expect(201);
    const scorecard = (await w.as('cso').post(`/api/partnerships/${takeo}/scorecards`, round(centre, '2026-02-10', [
      { name: 'ភាពគួរសមរបស់បុគ្គលិក', citizenScore: 2, providerScore: 4, suggestedAction: 'វគ្គបណ្តុះបណ្តាល' },
      { name: 'Opening hours', citizenScore: 3, providerScore: 3.5 },
    ])).expect(201)).body.id;
    await w.as('cso').post(`/api/partnerships/${takeo}/scorecards`, round(school, '2026-03-01', [{ name: 'Teachers present', citizenScore: 2, providerScore: 5 }])).expect(201);
    await w.as('district').post(`/api/partnerships/${bati}/scorecards`, round(centre, '2026-04-01', [{ name: 'Clean water', citizenScore: 1, providerScore: 4 }])).expect(201);
    await w.as('sna').post(`/api/scorecards/${scorecard}/action-items`, { description: 'បិទផ្សាយម៉ោងធ្វើការ', ownerOrganizationId: w.orgs['Takéo Provincial Administration'], dueDate: '2026-03-01' }).expect(201);
    await t.http.post(`/api/service-points/${centre}/feedback`).send({ text: 'គ្រូពេទ្យរួសរាយ', rating: 5 }).expect(201);
    await t.http.post(`/api/service-points/${centre}/feedback`).send({ text: '=HYPERLINK("http://evil.example","click")' }).expect(201);
    await t.http.post(`/api/service-points/${school}/feedback`).send({ text: 'No teacher on Monday' }).expect(201);
  }, 120_000);
  afterAll(() => t?.close());

  it('downloads a partnership’s indicators, reports and scorecards with Khmer headers and text', async () => {
    const indicators = await csv('cso', `/api/partnerships/${takeo}/indicators?format=csv&lang=km`);
    expect(indicators[0]).toContain('ឈ្មោះជាភាសាខ្មែរ');
    expect(column(indicators, 'ឈ្មោះជាភាសាខ្មែរ')).toEqual(['ការពិនិត្យផ្ទៃពោះ']);
    expect(column(indicators, 'អង្គភាពទទួលខុសត្រូវ')).toEqual(['សមាគមសុខភាពសហគមន៍ខ្មែរ']);

    const reports = await csv('sna', `/api/partnerships/${takeo}/reports?format=csv`);
    expect(reports[0]!.slice(0, 4)).toEqual(['Report ID', 'Period start', 'Period end', 'Reporting organisation']);
    expect(column(reports, 'Indicator')).toEqual(['Antenatal visits']);
    expect(column(reports, 'Breakdown')).toEqual(['sex: female=25, male=15']);
    expect(column(reports, 'Narrative')).toEqual(['ស្ត្រីមកពិនិត្យច្រើនជាងមុន']);
    expect(column(reports, 'Reporting organisation')).toEqual(['Khmer Community Health Association']);

    const scorecards = await csv('reviewer', `/api/partnerships/${takeo}/scorecards?format=csv&lang=km`);
    expect(column(scorecards, 'លក្ខណៈវិនិច្ឆ័យ')).toEqual(['ភាពគួរសមរបស់បុគ្គលិក', 'Opening hours', 'Teachers present']);
    expect(column(scorecards, 'គម្លាត')).toEqual(['2', '0.5', '3']);
    expect(column(scorecards, 'កន្លែងផ្តល់សេវា')).toEqual(['មណ្ឌលសុខភាពចំបក់', 'មណ្ឌលសុខភាពចំបក់', 'Chambak Primary School']);
    expect(column(scorecards, 'សកម្មភាពដែលបានស្នើ')).toEqual(['វគ្គបណ្តុះបណ្តាល', '', '']);
  });

  it('refuses another organisation a partnership’s download as it refuses the list', async () => {
    for (const list of ['indicators', 'reports', 'scorecards', 'reporting-periods', 'action-items']) {
      const refused = await w.as('network').get(`/api/partnerships/${takeo}/${list}?format=csv`).expect(404);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    const bad = await w.as('cso').get(`/api/partnerships/${takeo}/reports?format=xlsx&lang=fr`).expect(422);
    expect((bad.body.errors as { path: string }[]).map((e) => e.path).sort()).toEqual(['query.format', 'query.lang']);
  });

  it('shows at a service point only the rounds of partnerships the caller sees', async () => {
    const criteria = (rows: string[][]) => column(rows, 'Criterion');
    expect(criteria(await csv('cso', `/api/service-points/${centre}/scorecards?format=csv`))).toEqual(['ភាពគួរសមរបស់បុគ្គលិក', 'Opening hours']);
    expect(criteria(await csv('network', `/api/service-points/${centre}/scorecards?format=csv`))).toEqual(['Clean water']);
    expect(criteria(await csv('reviewer', `/api/service-points/${centre}/scorecards?format=csv`))).toEqual(['ភាពគួរសមរបស់បុគ្គលិក', 'Opening hours', 'Clean water']);
  });

  it('downloads feedback with the list’s filters and visibility, and spreadsheet formulas defused', async () => {
    const atCentre = await csv('cso', `/api/service-points/${centre}/feedback?format=csv&lang=km`);
    expect(column(atCentre, 'ខ្លឹមសារ')).toEqual([`'=HYPERLINK("http://evil.example","click")`, 'គ្រូពេទ្យរួសរាយ']);
    expect(column(atCentre, 'កន្លែងផ្តល់សេវា')).toEqual(['មណ្ឌលសុខភាពចំបក់', 'មណ្ឌលសុខភាពចំបក់']);
    await w.as('network').get(`/api/service-points/${school}/feedback?format=csv`).expect(404);
    // The network monitors the health centre (Bati's round) but not the school: its inbox holds the centre's feedback only.
    expect(column(await csv('network', '/api/feedback?format=csv'), 'Text')).toEqual([`'=HYPERLINK("http://evil.example","click")`, 'គ្រូពេទ្យរួសរាយ']);
    expect(column(await csv('cso', '/api/feedback?format=csv'), 'Text')).toHaveLength(3);
    expect(column(await csv('reviewer', `/api/feedback?format=csv&servicePointId=${school}`), 'Text')).toEqual(['No teacher on Monday']);
  });

  it('downloads the service point directory, reporting periods and the action plan board', async () => {
    const points = await csv('network', '/api/service-points?format=csv&kind=health_centre&lang=km');
    expect(column(points, 'ឈ្មោះជាភាសាខ្មែរ')).toEqual(['មណ្ឌលសុខភាពចំបក់']);
    expect(column(points, 'ឃុំ ឬភូមិ')).toEqual(['ចំបក់']);
    const periods = await csv('cso', `/api/partnerships/${takeo}/reporting-periods?format=csv`);
    expect(column(periods, 'Indicators')).toHaveLength(8);
    expect(column(periods, 'Status').slice(0, 2)).toEqual(['draft', 'not_started']);
    const board = await csv('sna', `/api/partnerships/${takeo}/action-items?format=csv&lang=km`);
    expect(column(board, 'សកម្មភាព')).toEqual(['បិទផ្សាយម៉ោងធ្វើការ']);
    expect(column(board, 'ហួសកាលកំណត់')).toEqual(['true']);
    expect(column(board, 'អ្នកទទួលខុសត្រូវ')).toEqual(['រដ្ឋបាលខេត្តតាកែវ']);
  });
});
