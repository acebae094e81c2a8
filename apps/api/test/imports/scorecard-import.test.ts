// Importing offline scorecard rounds from a KoboToolbox CSV export (inline job driver): valid rows kept, bad rows
// reported with their spreadsheet row number, progress shown, the same file never imported twice.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { APP_CONFIG, type AppConfig } from '../../src/config/config';
import { ScorecardImportsService } from '../../src/imports/scorecard-imports.service';
import type { JobContext } from '../../src/jobs/job-registry';
import { FILE_STORE, type FileStore } from '../../src/storage/file-store';
import { startTestApp, type TestApp } from '../support/test-app';
import { walker, type Walker } from '../support/partnership-walk';
import { koboExport, KOBO_MAPPING, type Round } from './kobo-export';
import { importSteps } from './scorecard-import-steps';

describe('scorecard import from a CSV export', () => {
  let t: TestApp;
  let w: Walker;
  let id: string;
  let point: string;
  let steps: ReturnType<typeof importSteps>;
  const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path);

  beforeAll(async () => {
    t = await startTestApp();
    w = await walker(t);
    id = await w.activePartnership();
    point = (await w.as('cso').post('/api/service-points', { name: 'Chambak Health Centre', nameKm: 'មណ្ឌលសុខភាពចំបក់', kind: 'health_centre', adminUnitCode: '210201' }).expect(201)).body.id;
    steps = importSteps(t, w);
  }, 120_000);
  afterAll(() => t?.close());

  const rounds = (): Round[] => [
    { servicePoint: point, date: '2026-01-15', comment: 'បុគ្គលិកស្វាគមន៍ល្អ' },
    { servicePoint: point, date: '2026-02-15', comment: 'ម៉ោងបើក "ខុស" ពីផ្ទាំង,\nត្រូវកែ' }, // quoted newline, quotes and a comma
    { servicePoint: point, date: '2026-03-15', citizen: 7 }, // row 4: a score out of 1–5
    { servicePoint: point, date: '' }, // row 5: no date
    { servicePoint: '00000000-0000-4000-8000-000000000000', date: '2026-03-20' }, // row 6: no such service point
    { servicePoint: point, date: '2026-04-15', female: 3, male: 2, comment: 'ល្អណាស់' },
  ];

  let jobId: string;
  let importId: string;
  const filesDir = () => t.app.get<AppConfig>(APP_CONFIG).files.dir!;
  /** Uploads arrive on disk here and are removed once answered. */
  const incoming = () => fs.readdirSync(path.join(filesDir(), 'incoming'));

  it('keeps the valid rows, reports each bad row with its row number and reason, and shows progress', async () => {
    const accepted = await steps.upload('cso', id, koboExport(rounds())).expect(202);
    expect(accepted.body).toEqual({ jobId: expect.any(String), importId: expect.any(String) });
    jobId = accepted.body.jobId;
    importId = accepted.body.importId;
    const job = await steps.finished('cso', jobId);
    expect(job.status).toBe('completed');
    // Six records although the file has seven data lines: the quoted newline stays inside its row.
    expect(job.progress).toEqual({ done: 6, total: 6 });
    expect(job.result).toEqual({
      imported: 3,
      failed: 3,
      errors: [
        { row: 4, column: 'grp_scores/polite_citizen', reason: 'Must be a score from 1 to 5, with at most two decimals' },
        { row: 5, column: 'grp_site/round_date', reason: 'Required' },
        { row: 6, column: 'grp_site/service_point', reason: 'No service point has this id' },
      ],
    });
    const listed = (await w.as('sna').get(`/api/partnerships/${id}/scorecards`).expect(200)).body;
    expect(listed.map((round: { date: string }) => round.date)).toEqual(['2026-01-15', '2026-02-15', '2026-04-15']);
    expect(listed[0]).toMatchObject({
      servicePointId: point,
      participants: { female: 12, male: 8, disability: 2, youth: 5, total: 20 },
      criteria: [
        { name: KOBO_MAPPING.criteria[0]!.name, citizenScore: 2, providerScore: 4, gap: 2 },
        { name: 'Opening hours', citizenScore: 3, providerScore: 3.5, gap: 0.5 },
      ],
    });
  });

  it('shows the import to the staff of the partnership’s parties, with counts and row errors naming row and column', async () => {
    const record = await w.as('sna').get(`/api/imports/${importId}`).expect(200);
    expect(record.body).toMatchObject({
      id: importId, partnershipId: id, fileName: 'ការវាយតម្លៃ_scorecard.csv', status: 'completed', jobId,
      rowsDone: 6, rowsTotal: 6, validRows: 3, errorCount: 3, error: null,
      errors: [
        { row: 4, column: 'grp_scores/polite_citizen', reason: 'Must be a score from 1 to 5, with at most two decimals' },
        { row: 5, column: 'grp_site/round_date', reason: 'Required' },
        { row: 6, column: 'grp_site/service_point', reason: 'No service point has this id' },
      ],
    });
    // Only the officer who started it may read the job itself; the import is the partnership's.
    await w.as('sna').get(`/api/jobs/${jobId}`).expect(404);
    await w.as('reviewer').get(`/api/imports/${importId}`).expect(200);
    await w.as('network').get(`/api/imports/${importId}`).expect(404);
    await w.as('network').get(`/api/imports/${importId}/errors.csv`).expect(404);
    await w.as('sna').get('/api/imports/00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('downloads every row error as CSV with a BOM, headers in Khmer on request', async () => {
    const download = await w.as('sna').get(`/api/imports/${importId}/errors.csv?lang=km`).buffer(true).expect(200);
    expect(download.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="import-errors-${importId}.csv"`);
    expect(download.text.charCodeAt(0)).toBe(0xfeff);
    expect(parse(download.text, { bom: true })).toEqual([
      ['ជួរដេក', 'ជួរឈរ', 'មូលហេតុ'],
      ['4', 'grp_scores/polite_citizen', 'Must be a score from 1 to 5, with at most two decimals'],
      ['5', 'grp_site/round_date', 'Required'],
      ['6', 'grp_site/service_point', 'No service point has this id'],
    ]);
  });

  it('answers the same file again with the first import and writes nothing more', async () => {
    const again = await steps.upload('sna', id, koboExport(rounds()), { mappingName: 'Kobo round form' }).expect(202);
    expect(again.body).toEqual({ jobId, importId });
    expect(await steps.scorecardCount(id)).toBe(3);
  });

  it('keeps uploads on disk only while the request lasts, and the stored file only until the job is done', async () => {
    expect(incoming()).toEqual([]);
    const [source] = await t.dataSource.query(`SELECT storage_key AS "storageKey" FROM scorecard_imports WHERE id = $1`, [importId]);
    const key: string = source.storageKey;
    expect(fs.existsSync(path.join(filesDir(), key.slice(0, 2), key.slice(2, 4), key))).toBe(false);
  });

  it('does not duplicate rows when a job that crashed half-way runs again', async () => {
    const [source] = await t.dataSource.query(`SELECT id, storage_key AS "storageKey" FROM scorecard_imports WHERE job_id = $1`, [jobId]);
    // As if the run had died after its batch with rows 2–5: rows 6 and 7 (one bad, one a round) were never written,
    // and the stored file (removed only when a run completes) were still there.
    await t.app.get<FileStore>(FILE_STORE).put(source.storageKey, koboExport(rounds()));
    await t.dataSource.query(`DELETE FROM scorecards WHERE id IN (SELECT scorecard_id FROM scorecard_import_rows WHERE import_id = $1 AND row_number >= 6)`, [source.id]);
    await t.dataSource.query(`DELETE FROM scorecard_import_rows WHERE import_id = $1 AND row_number >= 6`, [source.id]);
    await t.dataSource.query(`UPDATE scorecard_imports SET result = NULL WHERE id = $1`, [source.id]);
    expect(await steps.scorecardCount(id)).toBe(2);
    const seen: [number, number][] = [];
    const context: JobContext = { jobId, attempt: 2, progress: async (done, total) => void seen.push([done, total]), once: async () => false };
    const summary = await t.app.get(ScorecardImportsService).run(source.id, context);
    expect(summary).toMatchObject({ imported: 3, failed: 3, errors: [{ row: 4, column: 'grp_scores/polite_citizen' }, { row: 5 }, { row: 6 }] });
    // Progress starts from the rows the first run wrote (2–5: four of six).
    expect(seen).toEqual([[4, 6], [6, 6]]);
    expect(await steps.scorecardCount(id)).toBe(3);
  });

  it('writes only the missing rows when a crashed run had recorded a later batch but not an earlier one', async () => {
    const [source] = await t.dataSource.query(`SELECT id, storage_key AS "storageKey" FROM scorecard_imports WHERE job_id = $1`, [jobId]);
    // Batches are written two at a time: as if the run had died with rows 4–7 recorded and rows 2–3 (two rounds) not.
    await t.app.get<FileStore>(FILE_STORE).put(source.storageKey, koboExport(rounds()));
    await t.dataSource.query(`DELETE FROM scorecards WHERE id IN (SELECT scorecard_id FROM scorecard_import_rows WHERE import_id = $1 AND row_number <= 3)`, [source.id]);
    await t.dataSource.query(`DELETE FROM scorecard_import_rows WHERE import_id = $1 AND row_number <= 3`, [source.id]);
    await t.dataSource.query(`UPDATE scorecard_imports SET result = NULL WHERE id = $1`, [source.id]);
    expect(await steps.scorecardCount(id)).toBe(1);
    const seen: [number, number][] = [];
    const context: JobContext = { jobId, attempt: 3, progress: async (done, total) => void seen.push([done, total]), once: async () => false };
    const summary = await t.app.get(ScorecardImportsService).run(source.id, context);
    expect(summary).toMatchObject({ imported: 3, failed: 3, errors: [{ row: 4 }, { row: 5 }, { row: 6 }] });
    expect(seen).toEqual([[4, 6], [6, 6]]);
    expect(await steps.scorecardCount(id)).toBe(3);
    const rows: { row: number }[] = await t.dataSource.query(`SELECT row_number AS row FROM scorecard_import_rows WHERE import_id = $1 ORDER BY 1`, [source.id]);
    expect(rows.map(({ row }) => row)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('reuses a mapping saved under a name and imports a long file in batches', async () => {
    const many = Array.from({ length: 1_203 }, (_, index) => ({ servicePoint: point, date: `2025-${String((index % 12) + 1).padStart(2, '0')}-10`, comment: `ជួរ ${index}` }));
    const saved = await steps.upload('cso', id, koboExport(rounds().slice(0, 1).map((r) => ({ ...r, date: '2025-12-31' }))), { mappingName: 'Kobo round form' }).expect(202);
    expect((await steps.finished('cso', saved.body.jobId)).result).toMatchObject({ imported: 1, failed: 0, errors: [] });
    expect((await w.as('sna').get(`/api/partnerships/${id}/import-mappings`).expect(200)).body).toEqual([{ name: 'Kobo round form', mapping: KOBO_MAPPING }]);
    const big = await steps.post('cso', { partnershipId: id, mappingName: 'Kobo round form' }, { name: 'all-rounds.csv', content: koboExport(many) }).expect(202);
    const job = await steps.finished('cso', big.body.jobId);
    expect(job.progress).toEqual({ done: 1_203, total: 1_203 });
    expect(job.result).toEqual({ imported: 1_203, failed: 0, errors: [] });
    expect(await steps.scorecardCount(id)).toBe(3 + 1 + 1_203);
    // The dashboards are refreshed once for the whole file, after its last batch, not once per batch.
    const [{ refreshes }] = await t.dataSource.query(
      `SELECT count(*)::int AS refreshes FROM jobs WHERE name = 'insight.refresh_partnership' AND payload->>'partnershipId' = $1
          AND created_at >= (SELECT started_at FROM jobs WHERE id = $2)`,
      [id, big.body.jobId],
    );
    expect(refreshes).toBe(1);
    const roundsCounted = async () => {
      const [entry] = await t.dataSource.query(
        `SELECT coalesce(sum((f->>'count')::int), 0)::int AS rounds FROM insight_entries, jsonb_array_elements(facets) f
          WHERE partnership_id = $1 AND f->>'facet' = 'scorecard' AND f->>'key' LIKE '%|citizen'`,
        [id],
      );
      return entry.rounds;
    };
    for (let waited = 0; waited < 100 && (await roundsCounted()) !== 3 + 1 + 1_203; waited += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await roundsCounted()).toBe(3 + 1 + 1_203);
    const past = await w.as('sna').get(`/api/partnerships/${id}/imports`).expect(200);
    expect(past.body.items.map((i: { fileName: string; validRows: number }) => [i.fileName, i.validRows])).toEqual([
      ['all-rounds.csv', 1_203], ['ការវាយតម្លៃ_scorecard.csv', 1], ['ការវាយតម្លៃ_scorecard.csv', 3],
    ]);
    const paged = await w.as('sna').get(`/api/partnerships/${id}/imports?limit=2`).expect(200);
    expect((await w.as('sna').get(`/api/partnerships/${id}/imports?limit=2&cursor=${paged.body.nextCursor}`).expect(200)).body.items.map((i: { id: string }) => i.id)).toEqual([importId]);
    const listed = await w.as('sna').get(`/api/partnerships/${id}/imports?format=csv`).buffer(true).expect(200);
    expect(parse(listed.text, { bom: true }).map((row: string[]) => row[1])).toEqual(['File', 'all-rounds.csv', 'ការវាយតម្លៃ_scorecard.csv', 'ការវាយតម្លៃ_scorecard.csv']);
    await w.as('network').get(`/api/partnerships/${id}/imports`).expect(404);
  });

  it('previews a file’s columns and first rows with a saved mapping that fits it, storing nothing', async () => {
    const preview = (who: string, fields: Record<string, string>, content: Buffer) => {
      const request = t.http.post('/api/imports/scorecards/preview').auth(w.tokens[who]!, { type: 'bearer' });
      for (const [name, value] of Object.entries(fields)) request.field(name, value);
      return request.attach('file', content, { filename: 'round.csv', contentType: 'text/csv' });
    };
    const imports = Number((await t.dataSource.query(`SELECT count(*) AS n FROM scorecard_imports`))[0].n);
    const many = koboExport(Array.from({ length: 9 }, (_, index) => ({ servicePoint: point, date: '2026-05-01', comment: index === 0 ? 'ជួរ\nទីមួយ' : `ជួរ ${index}` })));
    const shown = await preview('cso', { partnershipId: id }, many).expect(200);
    expect(shown.body.columns).toContain('grp_people/យុវជន');
    expect(shown.body.sampleRows).toHaveLength(5);
    expect(shown.body.sampleRows[0][shown.body.columns.indexOf('grp_notes/comment')]).toBe('ជួរ\nទីមួយ');
    expect(shown.body.savedMapping).toEqual({ name: 'Kobo round form', mapping: KOBO_MAPPING });
    const other = await preview('cso', {}, Buffer.from('\uFEFFname,score\r\nA,3\r\n')).expect(200);
    expect(other.body).toEqual({ columns: ['name', 'score'], sampleRows: [['A', '3']] });
    expect((await preview('cso', { partnershipId: id }, Buffer.from('name,score\r\nA,3\r\n')).expect(200)).body.savedMapping).toBeUndefined();
    await preview('network', { partnershipId: id }, many).expect(404);
    const bad = await preview('cso', { partnershipId: 'nope' }, Buffer.alloc(0)).expect(422);
    expect(paths(bad.body).sort()).toEqual(['file', 'partnershipId']);
    expect(Number((await t.dataSource.query(`SELECT count(*) AS n FROM scorecard_imports`))[0].n)).toBe(imports);
    expect(incoming()).toEqual([]);
  });

  it('refuses a file over 64 MiB while it streams, leaving nothing on disk', async () => {
    const huge = Buffer.alloc(64 * 1024 * 1024 + 1, 'a');
    const refused = await steps.post('cso', { partnershipId: id, mappingName: 'Kobo round form' }, { name: 'huge.csv', content: huge }).expect(413);
    expect(refused.body.type).toBe('urn:daikou:problem:payload_too_large');
    expect(incoming()).toEqual([]);
  });

  it('lets only a party’s officer import into an active partnership, and checks the form', async () => {
    const file = koboExport(rounds());
    await steps.upload('network', id, file).expect(404);
    await steps.upload('reviewer', id, file).expect(403);
    const draft = await w.as('sna').post('/api/partnerships', {
      title: 'Draft', function: 'service_monitoring', form: 'collaboration', goals: 'Later',
      parties: [{ organizationId: w.orgs['Takéo Provincial Administration']! }, { organizationId: w.orgs['Khmer Community Health Association']! }],
      adminUnitCodes: ['2102'], sectors: ['health'], startDate: '2026-01-01', endDate: '2026-12-31',
    }).expect(201);
    expect((await steps.upload('cso', draft.body.id, file).expect(409)).body.type).toBe('urn:daikou:problem:invalid_status');
    const bad = await steps.post('cso', { partnershipId: 'nope', mapping: JSON.stringify({ ...KOBO_MAPPING, criteria: [] }) }).expect(422);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(paths(bad.body)).toEqual(expect.arrayContaining(['partnershipId', 'mapping.criteria', 'file']));
    const unknownName = await steps.post('cso', { partnershipId: id, mappingName: 'never saved' }, { name: 'x.csv', content: file }).expect(422);
    expect(paths(unknownName.body)).toEqual(['mappingName']);
    await steps.post('cso', { partnershipId: id, mapping: 'not json' }, { name: 'x.csv', content: file }).expect(422);
    const binary = await steps.post('cso', { partnershipId: id, mappingName: 'Kobo round form' }, { name: 'photo.csv', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]) }).expect(422);
    expect(paths(binary.body)).toEqual(['file']);
    expect(incoming()).toEqual([]);
  });
});
