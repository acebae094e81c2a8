// Evidence for commitment occurrences over HTTP on PostgreSQL: who may attach, list and download; what is refused
// (no file, wrong period, a disguised executable, too large); and how a download is served (never inline).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { APP_CONFIG, loadConfig, type AppConfig } from '../../src/config/config';
import { createHttpApp } from '../../src/http-app';
import { walker, type Walker } from '../support/partnership-walk';
import { startTestApp, type TestApp } from '../support/test-app';
import { createTestDatabase } from '../support/test-database';

const MAX_BYTES = 64 * 1024;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90), Buffer.from('This program cannot be run in DOS mode.')]);

describe('commitment evidence', () => {
  let t: TestApp;
  let w: Walker;
  let partnershipId: string;
  let commitmentId: string;
  let filesDir: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { DAIKOU_EVIDENCE_MAX_BYTES: String(MAX_BYTES) } });
    w = await walker(t);
    filesDir = t.app.get<AppConfig>(APP_CONFIG).files.dir!;
    partnershipId = await w.activePartnership();
    const created = await w.as('sna').post(`/api/partnerships/${partnershipId}/commitments`, {
      title: 'Post the health centre’s opening hours', ownerOrganizationId: w.orgs['Takéo Provincial Administration'], dueDate: '2026-03-01', recurrence: 'quarterly',
    }).expect(201);
    commitmentId = created.body.id;
  });
  afterAll(() => t?.close());

  const upload = (who: string, file: { content: Buffer; name: string; type: string } | null, period: string | null = '2026-03-01', target = commitmentId) => {
    const request = t.http.post(`/api/commitments/${target}/evidence`).auth(w.tokens[who]!, { type: 'bearer' });
    if (period !== null) request.field('period', period);
    if (file) request.attach('file', file.content, { filename: file.name, contentType: file.type });
    return request;
  };
  const storedFiles = () => (fs.existsSync(filesDir) ? fs.readdirSync(filesDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length : 0);

  let pdfId: string;

  it('stores a file from a party’s officer for one occurrence, with its hash, under a generated key', async () => {
    const response = await upload('cso', { content: PDF, name: '../../ឧបសម្ព័ន្ធ\t photo<1>\u202e.pdf', type: 'application/pdf' }).expect(201);
    pdfId = response.body.id;
    expect(response.body).toMatchObject({
      commitmentId, period: '2026-03-01', name: 'ឧបសម្ព័ន្ធ photo1.pdf', contentType: 'application/pdf',
      size: PDF.length, sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    const [row] = await t.dataSource.query(`SELECT storage_key FROM evidence_files WHERE id = $1`, [pdfId]);
    expect(row.storage_key).toMatch(/^[0-9a-f-]{36}$/);
    const onDisk = fs.readdirSync(filesDir, { recursive: true }).map(String).find((p) => p.endsWith(row.storage_key))!;
    expect(fs.readFileSync(path.join(filesDir, onDisk)).equals(PDF)).toBe(true);
    const audit = await t.dataSource.query(`SELECT summary FROM audit_entries WHERE action = 'commitment.evidence_add' AND entity_id = $1`, [commitmentId]);
    expect(audit).toHaveLength(1);
    expect(audit[0].summary).toMatchObject({ evidenceId: pdfId, period: '2026-03-01', contentType: 'application/pdf' });
  });

  it('takes the other party’s evidence too, recognising Office files by their content', async () => {
    const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('[Content_Types].xml'), Buffer.alloc(40), Buffer.from('word/document.xml')]);
    const response = await upload('sna', { content: docx, name: 'minutes.docx', type: 'application/octet-stream' }, '2026-06-01').expect(201);
    expect(response.body).toMatchObject({ period: '2026-06-01', name: 'minutes.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    const csv = await upload('sna', { content: Buffer.from('village,score\nBati,4\n'), name: 'scores', type: 'text/csv' }).expect(201);
    expect(csv.body).toMatchObject({ name: 'scores.csv', contentType: 'text/csv' });
  });

  it('refuses people who are not a party’s officer: reviewer 403, another organisation 404', async () => {
    const file = { content: PDF, name: 'x.pdf', type: 'application/pdf' };
    await upload('reviewer', file).expect(403);
    const stranger = await upload('network', file).expect(404);
    expect(stranger.headers['content-type']).toContain('application/problem+json');
    await upload('cso', file, '2026-03-01', '00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('names the missing file and the wrong period as bad input', async () => {
    const noFile = await upload('cso', null).expect(422);
    expect(noFile.body.type).toBe('urn:daikou:problem:validation');
    expect(noFile.body.errors.map((e: { path: string }) => e.path)).toEqual(['file']);
    const notADate = await upload('cso', { content: PDF, name: 'x.pdf', type: 'application/pdf' }, 'next month').expect(422);
    expect(notADate.body.errors.map((e: { path: string }) => e.path)).toEqual(['period']);
    const notAnOccurrence = await upload('cso', { content: PDF, name: 'x.pdf', type: 'application/pdf' }, '2026-03-02').expect(422);
    expect(notAnOccurrence.body.errors.map((e: { path: string }) => e.path)).toEqual(['period']);
    const neither = await upload('cso', null, null).expect(422);
    expect(neither.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['file', 'period']);
  });

  it('refuses an executable renamed .pdf, a type not on the list, and Office files of the wrong kind', async () => {
    const disguised = await upload('cso', { content: EXE, name: 'report.pdf', type: 'application/pdf' }).expect(422);
    expect(disguised.body.errors).toEqual([{ path: 'file', message: expect.stringMatching(/content/) }]);
    const guessed = await upload('cso', { content: EXE, name: 'report.pdf', type: 'application/octet-stream' }).expect(422);
    expect(guessed.body.errors[0].path).toBe('file');
    const exe = await upload('cso', { content: EXE, name: 'setup.exe', type: 'application/x-msdownload' }).expect(422);
    expect(exe.body.errors[0].path).toBe('file');
    const html = await upload('cso', { content: Buffer.from('<script>alert(1)</script>'), name: 'page.html', type: 'text/html' }).expect(422);
    expect(html.body.errors[0].path).toBe('file');
    const xlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('[Content_Types].xml xl/workbook.xml')]);
    await upload('cso', { content: xlsx, name: 'budget.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }).expect(422);
    const binaryText = await upload('cso', { content: Buffer.from([0x68, 0x69, 0x00, 0x01]), name: 'notes.txt', type: 'text/plain' }).expect(422);
    expect(binaryText.body.errors[0].path).toBe('file');
  });

  it('refuses a file over the limit with 413 problem+json, storing nothing', async () => {
    const before = storedFiles();
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(MAX_BYTES * 3, 0x20)]);
    const response = await upload('cso', { content: big, name: 'scan.pdf', type: 'application/pdf' }).expect(413);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.type).toBe('urn:daikou:problem:payload_too_large');
    expect(storedFiles()).toBe(before);
    const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM evidence_files`);
    expect(rows[0].n).toBe(before);
  });

  it('lists a commitment’s evidence for whoever sees the partnership, and nobody else', async () => {
    const list = await w.as('reviewer').get(`/api/commitments/${commitmentId}/evidence`).expect(200);
    expect(list.body.map((e: { period: string; name: string }) => `${e.period} ${e.name}`)).toEqual([
      '2026-03-01 ឧបសម្ព័ន្ធ photo1.pdf',
      '2026-03-01 scores.csv',
      '2026-06-01 minutes.docx',
    ]);
    await w.as('network').get(`/api/commitments/${commitmentId}/evidence`).expect(404);
  });

  it('serves a download as an attachment with its checked type, never sniffed or run', async () => {
    const response = await w.as('reviewer').get(`/api/evidence/${pdfId}`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect((response.body as Buffer).equals(PDF)).toBe(true);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename=".*\.pdf"; filename\*=UTF-8''/);
    expect(decodeURIComponent(response.headers['content-disposition']!.split("UTF-8''")[1]!)).toBe('ឧបសម្ព័ន្ធ photo1.pdf');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toBe('sandbox');
    await w.as('network').get(`/api/evidence/${pdfId}`).expect(404);
    await t.http.get(`/api/evidence/${pdfId}`).expect(401);
  });

  it('takes no evidence once the partnership is no longer active', async () => {
    await t.dataSource.query(`UPDATE partnerships SET status = 'suspended' WHERE id = $1`, [partnershipId]);
    try {
      await upload('cso', { content: PDF, name: 'late.pdf', type: 'application/pdf' }).expect(409);
      await w.as('cso').get(`/api/commitments/${commitmentId}/evidence`).expect(200);
    } finally {
      await t.dataSource.query(`UPDATE partnerships SET status = 'active' WHERE id = $1`, [partnershipId]);
    }
  });
});

describe('where evidence files are kept', () => {
  it('defaults to <DAIKOU_DATA_DIR>/files when embedded', () => {
    expect(loadConfig({ DAIKOU_DATA_DIR: '/srv/daikou' }).files.dir).toBe('/srv/daikou/files');
    expect(loadConfig({ DAIKOU_DATA_DIR: '/srv/daikou', DAIKOU_FILES_DIR: '/mnt/files' }).files.dir).toBe('/mnt/files');
  });

  it('stops an API process on PostgreSQL that was not told where files go, naming the setting', async () => {
    const database = await createTestDatabase();
    const config = loadConfig({ DATABASE_URL: database.url, DAIKOU_DATA_DIR: '/nonexistent', DAIKOU_WEB_DIST: '/nonexistent', DATABASE_POOL_SIZE: '2', LOG_LEVEL: 'silent' });
    const app = await createHttpApp({ config }, { quiet: true });
    try {
      await expect(app.init()).rejects.toThrow(/DAIKOU_FILES_DIR: required when DATABASE_URL is set/);
    } finally {
      await app.close();
      await database.drop();
    }
  });
});
