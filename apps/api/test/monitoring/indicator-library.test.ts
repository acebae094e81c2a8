// The shared indicator library over HTTP on PostgreSQL: admins keep it, everyone signed in reads it, partnerships
// copy from it (and the copy remembers where it came from).
import { parse } from 'csv-parse/sync';
import { startTestApp, type TestApp } from '../support/test-app';
import { walker, type Walker } from '../support/partnership-walk';

describe('indicator library', () => {
  let t: TestApp;
  let w: Walker;
  let id: string;
  let ngo: string;
  const patch = (who: string, path: string, body: object) => t.http.patch(path).auth(w.tokens[who]!, { type: 'bearer' }).send(body);
  const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path);

  beforeAll(async () => {
    t = await startTestApp();
    w = await walker(t);
    id = await w.activePartnership();
    ngo = w.orgs['Khmer Community Health Association']!;
  });
  afterAll(() => t?.close());

  const vaccinated = {
    name: 'Children fully vaccinated', nameKm: 'កុមារដែលបានចាក់វ៉ាក់សាំងគ្រប់', unit: 'children', frequency: 'quarterly',
    disaggregations: ['sex', 'id_poor'], sector: 'health', description: 'Under one year, all doses of the national schedule.',
  };
  let vaccinatedId: string;
  let enrolmentId: string;

  it('is kept by admins only, checking each field', async () => {
    const created = await w.as('admin').post('/api/indicator-library', vaccinated).expect(201);
    vaccinatedId = created.body.id;
    expect(created.body).toMatchObject({ ...vaccinated, archived: false, archivedAt: null });
    enrolmentId = (await w.as('admin').post('/api/indicator-library', { name: 'Girls enrolled in lower secondary', nameKm: 'សិស្សស្រីចុះឈ្មោះចូលរៀនអនុវិទ្យាល័យ', unit: 'girls', frequency: 'yearly', sector: 'education' }).expect(201)).body.id;
    await w.as('sna').post('/api/indicator-library', vaccinated).expect(403);
    await w.as('reviewer').post('/api/indicator-library', vaccinated).expect(403);
    await t.http.post('/api/indicator-library').send(vaccinated).expect(401);
    const bad = await w.as('admin').post('/api/indicator-library', { ...vaccinated, nameKm: 'Vaccinated', frequency: 'weekly', disaggregations: ['caste'], baseline: 3 }).expect(422);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(paths(bad.body).sort()).toEqual(['baseline', 'disaggregations.0', 'frequency', 'nameKm']);
    const audit = await t.dataSource.query(`SELECT action FROM audit_entries WHERE entity_id = $1`, [vaccinatedId]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['indicator_library.create']);
  });

  it('is read by every signed-in user, searched by name in either language and by sector', async () => {
    const all = await w.as('network').get('/api/indicator-library').expect(200);
    expect(all.body.items.map((i: { id: string }) => i.id)).toEqual([vaccinatedId, enrolmentId]);
    expect(all.body.nextCursor).toBeNull();
    expect((await w.as('cso').get(`/api/indicator-library?q=${encodeURIComponent('វ៉ាក់សាំង')}`).expect(200)).body.items.map((i: { id: string }) => i.id)).toEqual([vaccinatedId]);
    expect((await w.as('cso').get('/api/indicator-library?sector=education').expect(200)).body.items.map((i: { id: string }) => i.id)).toEqual([enrolmentId]);
    const paged = await w.as('cso').get('/api/indicator-library?limit=1').expect(200);
    const next = await w.as('cso').get(`/api/indicator-library?limit=1&cursor=${paged.body.nextCursor}`).expect(200);
    expect(next.body.items.map((i: { id: string }) => i.id)).toEqual([enrolmentId]);
    expect((await w.as('cso').get(`/api/indicator-library/${vaccinatedId}`).expect(200)).body.unit).toBe('children');
    await w.as('cso').get('/api/indicator-library/00000000-0000-4000-8000-000000000000').expect(404);
    const bad = await w.as('cso').get('/api/indicator-library?sector=mining&includeArchived=maybe').expect(422);
    expect(paths(bad.body).sort()).toEqual(['query.includeArchived', 'query.sector']);
    await t.http.get('/api/indicator-library').expect(401);
  });

  it('copies name, unit, frequency and disaggregations into a partnership’s indicator, which records its origin', async () => {
    const picked = await w.as('cso').post(`/api/partnerships/${id}/indicators`, { libraryIndicatorId: vaccinatedId, baseline: 100, target: 180, responsibleOrganizationId: ngo }).expect(201);
    expect(picked.body).toMatchObject({
      name: vaccinated.name, nameKm: vaccinated.nameKm, unit: 'children', frequency: 'quarterly', disaggregations: ['sex', 'id_poor'], libraryIndicatorId: vaccinatedId,
    });
    const adapted = await w.as('cso').post(`/api/partnerships/${id}/indicators`, {
      libraryIndicatorId: enrolmentId, name: 'Girls enrolled in grade 7', frequency: 'semiannual', baseline: 40, target: 60, responsibleOrganizationId: ngo,
    }).expect(201);
    expect(adapted.body).toMatchObject({ name: 'Girls enrolled in grade 7', unit: 'girls', frequency: 'semiannual', disaggregations: [], libraryIndicatorId: enrolmentId });
    const unknown = await w.as('cso').post(`/api/partnerships/${id}/indicators`, { libraryIndicatorId: '00000000-0000-4000-8000-000000000000', baseline: 0, target: 1, responsibleOrganizationId: ngo }).expect(422);
    expect(paths(unknown.body)).toEqual(['libraryIndicatorId']);
    const own = await w.as('cso').post(`/api/partnerships/${id}/indicators`, { baseline: 0, target: 1, responsibleOrganizationId: ngo }).expect(422);
    expect(paths(own.body)).toEqual(['name', 'unit', 'frequency']);
  });

  it('is changed and archived by admins; archived indicators are offered no more but their copies stay', async () => {
    await patch('sna', `/api/indicator-library/${enrolmentId}`, { archived: true }).expect(403);
    const renamed = await patch('admin', `/api/indicator-library/${vaccinatedId}`, { unit: 'infants', sector: null }).expect(200);
    expect(renamed.body).toMatchObject({ unit: 'infants', sector: null });
    const archived = await patch('admin', `/api/indicator-library/${enrolmentId}`, { archived: true }).expect(200);
    expect(archived.body.archived).toBe(true);
    expect(paths((await patch('admin', `/api/indicator-library/${enrolmentId}`, { archived: 'yes' }).expect(422)).body)).toEqual(['archived']);
    await patch('admin', '/api/indicator-library/00000000-0000-4000-8000-000000000000', { unit: 'x' }).expect(404);
    expect((await w.as('cso').get('/api/indicator-library').expect(200)).body.items.map((i: { id: string }) => i.id)).toEqual([vaccinatedId]);
    expect((await w.as('admin').get('/api/indicator-library?includeArchived=true').expect(200)).body.items).toHaveLength(2);
    const refused = await w.as('cso').post(`/api/partnerships/${id}/indicators`, { libraryIndicatorId: enrolmentId, baseline: 0, target: 1, responsibleOrganizationId: ngo }).expect(422);
    expect(paths(refused.body)).toEqual(['libraryIndicatorId']);
    const indicators = (await w.as('cso').get(`/api/partnerships/${id}/indicators`).expect(200)).body;
    expect(indicators.map((i: { libraryIndicatorId: string }) => i.libraryIndicatorId)).toEqual([vaccinatedId, enrolmentId]);
    const audit = await t.dataSource.query(`SELECT action, summary FROM audit_entries WHERE entity_id = $1 ORDER BY seq`, [enrolmentId]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['indicator_library.create', 'indicator_library.update']);
    expect(audit[1].summary).toEqual({ archived: [false, true] });
  });

  it('downloads as CSV with Khmer headers and text, archived ones only on request', async () => {
    const download = await w.as('network').get('/api/indicator-library?format=csv&lang=km').buffer(true).expect(200);
    expect(download.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(download.headers['content-disposition']).toBe('attachment; filename="indicator-library.csv"');
    const text = download.body instanceof Buffer ? download.body.toString('utf8') : download.text;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows: string[][] = parse(text, { bom: true });
    expect(rows[0]!.slice(0, 3)).toEqual(['លេខសម្គាល់សូចនាករក្នុងបណ្ណាល័យ', 'ឈ្មោះ', 'ឈ្មោះជាភាសាខ្មែរ']);
    expect(rows.slice(1).map((row) => row[2])).toEqual([vaccinated.nameKm]);
    const everything: string[][] = parse((await w.as('admin').get('/api/indicator-library?format=csv&includeArchived=true').expect(200)).text, { bom: true });
    expect(everything[0]![1]).toBe('Name');
    expect(everything).toHaveLength(3);
    expect(paths((await w.as('admin').get('/api/indicator-library?format=pdf').expect(422)).body)).toEqual(['query.format']);
  });
});
