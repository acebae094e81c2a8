// MoU PDFs: Khmer read back from the PDF, glyph clusters compared with the same engine's rendering of a known-good
// string, the cache by text hash / language / signatures, rendering as a job, visibility, and the public verification.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Response } from 'supertest';
import { documentFontFaces } from '../../src/documents/document-fonts';
import { DOCUMENT_STYLES } from '../../src/documents/mou-document-html';
import { renderPdf } from '../../src/documents/pdf-renderer';
import { startTestApp, type TestApp } from '../support/test-app';
import { walker, type Walker } from '../support/partnership-walk';
import { waitFor } from '../support/wait';
import { difference, firstLine, normalised, pdfText, rasterise, type Gray } from './pdf-tools';

const CHROMIUM = '/usr/bin/chromium';
const KINGDOM = 'ព្រះរាជាណាចក្រកម្ពុជា';

export const CLAUSES = [
  {
    key: 'purpose',
    titleEn: 'Purpose',
    textEn: 'Citizens score the services of the Bati health centre every quarter; both parties follow up on the results.',
    titleKm: 'គោលបំណង',
    textKm: 'ប្រជាពលរដ្ឋវាយតម្លៃសេវារបស់មណ្ឌលសុខភាពបាទីរៀងរាល់ត្រីមាស ហើយភាគីទាំងពីរតាមដានលទ្ធផល។',
  },
  {
    key: 'duties',
    titleEn: 'Duties of the parties',
    textEn: 'The association trains volunteers.\nThe administration publishes the scores and the improvements it makes.',
    titleKm: 'ភារកិច្ចរបស់ភាគី',
    textKm: 'សមាគមបណ្តុះបណ្តាលអ្នកស្ម័គ្រចិត្ត។\nរដ្ឋបាលផ្សព្វផ្សាយពិន្ទុ និងការកែលម្អដែលខ្លួនបានធ្វើ។',
  },
];

/** Renders HTML with the documents' own fonts and styles through the same engine, page 1 as pixels. */
async function reference(body: string): Promise<Gray> {
  const pdf = await renderPdf(`<!doctype html><html><head><meta charset="utf-8"><style>${documentFontFaces()}${DOCUMENT_STYLES}</style></head><body>${body}</body></html>`, { chromiumPath: CHROMIUM });
  return rasterise(pdf, 1);
}

/** superagent leaves unknown content types unread: the PDF is collected as bytes. */
function bytes(response: Response, done: (error: Error | null, body: Buffer) => void): void {
  // At this point superagent hands over the raw HTTP response stream.
  const stream = response as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
  stream.on('error', (error: Error) => done(error, Buffer.alloc(0)));
}

function documentRequests(t: TestApp): Promise<number> {
  return t.dataSource.query(`SELECT count(*)::int AS n FROM jobs WHERE name = 'documents.render_mou'`).then((rows: { n: number }[]) => rows[0]!.n);
}

describe('MoU documents (inline jobs)', () => {
  let t: TestApp;
  let w: Walker;
  let directory: string;
  let id: string;
  let amendmentId: string;
  let v2Hash: string;

  const documentPath = (number: number, lang: string) => `/api/partnerships/${id}/mou/versions/${number}/document?lang=${lang}`;

  /** Requests a document until it is rendered; returns the PDF and the job id of the first (202) answer. */
  async function fetchDocument(who: string, number: number, lang: string): Promise<{ pdf: Buffer; jobId: string | null }> {
    const first = await w.as(who).get(documentPath(number, lang)).buffer(true).parse(bytes);
    if (first.status === 200) return { pdf: first.body as Buffer, jobId: null };
    expect(first.status).toBe(202);
    const jobId = (JSON.parse((first.body as Buffer).toString()) as { jobId: string }).jobId;
    await waitFor(`document job ${jobId}`, async () => {
      const job = await w.as(who).get(`/api/jobs/${jobId}`).expect(200);
      if (job.body.status === 'failed') throw new Error(`the document job failed: ${job.body.error}`);
      return job.body.status === 'completed';
    }, 60_000);
    const done = await w.as(who).get(documentPath(number, lang)).buffer(true).parse(bytes).expect(200);
    return { pdf: done.body as Buffer, jobId };
  }

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'daikou-documents-'));
    t = await startTestApp({ env: { DAIKOU_DOCUMENTS_DIR: directory, DAIKOU_PUBLIC_URL: 'https://daikou.example.gov.kh' } });
    w = await walker(t);
    id = await w.activePartnership();
    const opened = await w.as('cso').post(`/api/partnerships/${id}/amendments`, { reason: 'Write the MoU in Khmer and English' }).expect(201);
    amendmentId = opened.body.id;
    const v2 = await w.as('cso').post(`/api/partnerships/${id}/amendments/${amendmentId}/versions`, { clauses: CLAUSES }).expect(201);
    expect(v2.body.number).toBe(2);
    v2Hash = v2.body.textHash;
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('renders the approved version on approval, in both languages', async () => {
    const v1 = await w.as('sna').get(`/api/partnerships/${id}/mou/versions/1`).expect(200);
    const row = await waitFor('the document rendered on approval', async () => {
      const rows: { lang: string; signature_key: string; size: number }[] = await t.dataSource.query(`SELECT lang, signature_key, size FROM documents WHERE text_hash = $1`, [v1.body.textHash]);
      return rows[0];
    }, 60_000);
    // Rendered for the text as approved (the signatures that follow quickly may already be on it).
    expect(row.lang).toBe('both');
    expect(row.size).toBeGreaterThan(10_000);
  });

  it('answers 202 with one job per requester until the PDF exists, then the PDF; the job shows progress', async () => {
    const before = await documentRequests(t);
    const first = await w.as('cso').get(documentPath(2, 'km')).expect(202);
    expect(first.body).toEqual({ jobId: expect.any(String) });
    const second = await w.as('cso').get(documentPath(2, 'km')).expect(202);
    expect(second.body.jobId).toBe(first.body.jobId);
    expect(await documentRequests(t)).toBe(before + 1);
    // The job is the caller's: others cannot see it.
    await w.as('sna').get(`/api/jobs/${first.body.jobId}`).expect(404);
    const job = await waitFor('the job', async () => {
      const response = await w.as('cso').get(`/api/jobs/${first.body.jobId}`).expect(200);
      return response.body.status === 'completed' ? response.body : null;
    }, 60_000);
    expect(job).toMatchObject({ name: 'documents.render_mou', progress: { done: 3, total: 3 }, result: { cached: false } });

    const pdf = await w.as('cso').get(documentPath(2, 'km')).buffer(true).parse(bytes).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`inline; filename="mou-${id}-v2-km.pdf"`);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    // From the cache, for anyone who may see the partnership, without a new job.
    await w.as('sna').get(documentPath(2, 'km')).expect(200);
    expect(await documentRequests(t)).toBe(before + 1);
  });

  it('carries the Khmer clauses as text (pdftotext) and the English ones in the English document', async () => {
    const km = normalised(await pdfText((await fetchDocument('cso', 2, 'km')).pdf));
    for (const clause of CLAUSES) {
      expect(km).toContain(normalised(clause.titleKm));
      for (const line of clause.textKm.split('\n')) expect(km).toContain(normalised(line));
    }
    expect(km).toContain(normalised('អនុស្សរណៈនៃការយោគយល់គ្នា'));
    expect(km).toContain(normalised('រដ្ឋបាលខេត្តតាកែវ'));
    expect(km).not.toContain('Citizensscore');

    const en = normalised(await pdfText((await fetchDocument('cso', 2, 'en')).pdf));
    expect(en).toContain(normalised('Memorandum of Understanding'));
    expect(en).toContain(normalised(CLAUSES[0]!.textEn));
    expect(en).toContain(normalised('Khmer Community Health Association'));
    expect(en).not.toContain(normalised(CLAUSES[0]!.textKm));

    const both = normalised(await pdfText((await fetchDocument('cso', 2, 'both')).pdf));
    expect(both).toContain(normalised(CLAUSES[1]!.titleKm));
    expect(both).toContain(normalised(CLAUSES[1]!.titleEn));
    expect(both).toContain(v2Hash);
  });

  it('shapes Khmer: the page’s glyph clusters match the same engine’s rendering of a known-good string', async () => {
    const { pdf } = await fetchDocument('cso', 2, 'km');
    const page = await rasterise(pdf, 1);
    // The document opens with the kingdom's name (the first line of the motto), in the motto's style.
    const good = await reference(`<div class="motto" lang="km">${KINGDOM}</div>`);
    const onPage = firstLine(page);
    expect(onPage.width).toBeGreaterThan(100);
    expect(difference(page, onPage, good, firstLine(good))).toBeLessThan(6);
    // The comparison can fail: the same letters without their subscript stacks do not match.
    const unstacked = await reference(`<div class="motto" lang="km">${KINGDOM.replace(/\u17d2/g, '')}</div>`);
    expect(difference(page, onPage, unstacked, firstLine(unstacked))).toBeGreaterThan(20);
  });

  it('stacks coeng consonants below their base (shaping is active)', async () => {
    const style = `style="font: 40px 'Noto Sans Khmer'"`;
    const stacked = await reference(`<p ${style}>ស្ត ស្រ្តី</p>`);
    const side = await reference(`<p ${style}>សត សរតី</p>`);
    const stackedBox = firstLine(stacked);
    const sideBox = firstLine(side);
    expect(stackedBox.width).toBeGreaterThan(0);
    // A subscript sits under its base: the stacked words are narrower and deeper than the same letters side by side.
    expect(stackedBox.width).toBeLessThan(sideBox.width * 0.85);
    expect(stackedBox.height).toBeGreaterThan(sideBox.height);
    expect(difference(stacked, stackedBox, side, sideBox, 1000)).toBeGreaterThan(10);
  });

  it('renders a signed copy apart from the unsigned one, and a new version as a new document', async () => {
    const unsigned = await t.dataSource.query(`SELECT signature_key FROM documents WHERE text_hash = $1 AND lang = 'km'`, [v2Hash]);
    expect(unsigned).toEqual([{ signature_key: expect.stringMatching(/^unsigned-/) }]);
    const amend = (who: string, action: string) => w.as(who).post(`/api/partnerships/${id}/amendments/${amendmentId}/actions/${action}`, {});
    await amend('cso', 'submit').expect(200);
    await amend('reviewer', 'approve').expect(200);
    await amend('cso.signatory', 'sign').expect(200);
    await amend('sna.signatory', 'sign').expect(200);

    const signed = await fetchDocument('cso', 2, 'km');
    expect(signed.jobId).not.toBeNull();
    const text = normalised(await pdfText(signed.pdf));
    const signatories: { name: string }[] = await t.dataSource.query(
      `SELECT u.name FROM mou_signatures s JOIN users u ON u.id = s.user_id WHERE s.partnership_id = $1 AND s.version_number = 2`, [id],
    );
    expect(signatories).toHaveLength(2);
    for (const { name } of signatories) expect(text).toContain(normalised(name));
    const rows: { signature_key: string }[] = await t.dataSource.query(`SELECT signature_key FROM documents WHERE text_hash = $1 AND lang = 'km' ORDER BY created_at`, [v2Hash]);
    expect(rows.map((r) => r.signature_key)).toEqual([expect.stringMatching(/^unsigned-/), expect.stringMatching(/^signed2-/)]);

    // Version 1 (the text the amendment replaced) is a different document.
    const v1 = await fetchDocument('sna', 1, 'km');
    expect(normalised(await pdfText(v1.pdf))).not.toContain(normalised(CLAUSES[0]!.textKm));
    const hashes: { text_hash: string }[] = await t.dataSource.query(`SELECT DISTINCT text_hash FROM documents WHERE partnership_id = $1`, [id]);
    expect(hashes).toHaveLength(2);
  });

  it('verifies a hash publicly: signed, unsigned and unknown, without ids or people', async () => {
    const signed = await t.http.get(`/api/public/verify/${v2Hash}`).expect(200);
    expect(signed.body).toEqual({
      found: true,
      partnership: { title: 'Health centre scorecards', parties: ['Takéo Provincial Administration', 'Khmer Community Health Association'] },
      versionNumber: 2,
      fullySigned: true,
      signatures: [
        { organizationName: 'Khmer Community Health Association', signedAt: expect.any(String) },
        { organizationName: 'Takéo Provincial Administration', signedAt: expect.any(String) },
      ],
    });
    expect(JSON.stringify(signed.body)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);

    const other = await w.activePartnership({ title: 'Unsigned text' });
    const opened = await w.as('cso').post(`/api/partnerships/${other}/amendments`, { reason: 'Unsigned' }).expect(201);
    const draft = await w.as('cso').post(`/api/partnerships/${other}/amendments/${opened.body.id}/versions`, { clauses: [{ ...CLAUSES[0]!, textEn: 'Not signed yet.' }] }).expect(201);
    const unsigned = await t.http.get(`/api/public/verify/${draft.body.textHash}`).expect(200);
    expect(unsigned.body).toEqual({ found: true, partnership: { title: 'Unsigned text', parties: expect.any(Array) }, versionNumber: 2, fullySigned: false, signatures: [] });

    expect((await t.http.get(`/api/public/verify/${'0'.repeat(64)}`).expect(200)).body).toEqual({ found: false });
    expect((await t.http.get('/api/public/verify/not-a-hash').expect(422)).body.errors[0].path).toBe('params.hash');
  });

  it('is 404 for an organisation that is not a party, 422 for a bad language or version, 404 for an unknown version', async () => {
    await w.as('network').get(documentPath(2, 'km')).expect(404);
    expect((await w.as('cso').get(documentPath(2, 'fr')).expect(422)).body.errors[0].path).toBe('query.lang');
    await w.as('cso').get(`/api/partnerships/${id}/mou/versions/0/document?lang=km`).expect(422);
    await w.as('cso').get(documentPath(9, 'km')).expect(404);
    await t.http.get(documentPath(2, 'km')).expect(401);
  });

  it('limits the public verification rate', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 35; i++) statuses.push((await t.http.get(`/api/public/verify/${'1'.repeat(64)}`)).status);
    expect(statuses).toContain(429);
  });
});
