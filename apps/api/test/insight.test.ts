// The portfolio dashboards over HTTP: numbers equal to counting the rows directly, scoped to what the caller may see
// (an officer's never include other organisations' partnerships), the slowest-step drill-down, CSV and the summary.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { QUALITY_ATTRIBUTES } from '@daikou/domain';
import { rollupsCurrent } from './support/insight-rollups';
import { walker, type Walker } from './support/partnership-walk';
import { startTestApp, type TestApp } from './support/test-app';

const scores = (value: number) => Object.fromEntries(QUALITY_ATTRIBUTES.map((attribute) => [attribute, value]));
const asMap = (list: { key: string; count: number }[]) => Object.fromEntries(list.map(({ key, count }) => [key, count]));

describe('portfolio dashboards', () => {
  let t: TestApp;
  let w: Walker;
  let active: string;
  let networkDraft: string;

  /** What an organisation's officers see, counted straight from the tables (parties and endorsing parents). */
  const visibleTo = (org: string | null) =>
    org === null
      ? 'TRUE'
      : `EXISTS (SELECT 1 FROM partnership_parties pp JOIN organizations o ON o.id = pp.organization_id
                  WHERE pp.partnership_id = p.id AND (pp.organization_id = '${org}' OR o.endorsing_organization_id = '${org}'))`;
  const countedByStatus = async (org: string | null) =>
    Object.fromEntries(
      ((await t.dataSource.query(`SELECT status AS key, count(*)::int AS count FROM partnerships p WHERE ${visibleTo(org)} GROUP BY status`)) as { key: string; count: number }[]).map(
        ({ key, count }) => [key, count],
      ),
    );

  beforeAll(async () => {
    t = await startTestApp();
    w = await walker(t);
    active = await w.activePartnership();
    const province = w.orgs['Takéo Provincial Administration']!;
    const cso = w.orgs['Khmer Community Health Association']!;
    // A commitment of each side: the state side's kept, the CSO's disputed.
    const stateCommitment = await w.as('sna').post(`/api/partnerships/${active}/commitments`, { title: 'Open the books', ownerOrganizationId: province, dueDate: '2026-02-01' }).expect(201);
    const csoCommitment = await w.as('cso').post(`/api/partnerships/${active}/commitments`, { title: 'Hold scorecards', ownerOrganizationId: cso, dueDate: '2026-02-01' }).expect(201);
    for (const who of ['sna', 'cso']) await w.as(who).post(`/api/commitments/${stateCommitment.body.id}/ratings`, { period: '2026-02-01', rating: 'kept' }).expect(201);
    await w.as('sna').post(`/api/commitments/${csoCommitment.body.id}/ratings`, { period: '2026-02-01', rating: 'kept' }).expect(201);
    await w.as('cso').post(`/api/commitments/${csoCommitment.body.id}/ratings`, { period: '2026-02-01', rating: 'partly_kept' }).expect(201);
    await w.as('sna').post(`/api/partnerships/${active}/assessments`, { period: '2026-Q1', scores: scores(4) }).expect(201);
    await w.as('cso').post(`/api/partnerships/${active}/assessments`, { period: '2026-Q1', scores: scores(3) }).expect(201);
    // The network's own partnership with the one-window office, in Doun Kaev (province 21 too), left as a draft.
    const created = await w.as('network').post('/api/partnerships', {
      title: 'One-window feedback', function: 'information_sharing', form: 'information_sharing', goals: 'Share complaints',
      parties: [{ organizationId: w.orgs['Social Accountability CSO Network'] }, { organizationId: w.orgs['Doun Kaev One Window Service Office'] }],
      adminUnitCodes: ['2108'], sectors: ['governance'], startDate: '2026-03-01', endDate: '2026-12-31',
    }).expect(201);
    networkDraft = created.body.id;
    await rollupsCurrent(t.dataSource);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('gives reviewers the national counts, equal to counting the partnerships', async () => {
    const portfolio = (await w.as('reviewer').get('/api/dashboard/portfolio').expect(200)).body;
    const [{ total }] = await t.dataSource.query(`SELECT count(*)::int AS total FROM partnerships`);
    expect(portfolio.total).toBe(total);
    expect(asMap(portfolio.byStatus)).toEqual(await countedByStatus(null));
    const byProvince: { key: string; count: number }[] = await t.dataSource.query(
      `SELECT code AS key, count(*)::int AS count FROM partnerships, unnest(province_codes) code GROUP BY code`,
    );
    expect(asMap(portfolio.byProvince)).toEqual(asMap(byProvince));
    const bySector: { key: string; count: number }[] = await t.dataSource.query(`SELECT s AS key, count(*)::int AS count FROM partnerships, unnest(sectors) s GROUP BY s`);
    expect(asMap(portfolio.bySector)).toEqual(asMap(bySector));
    expect(portfolio.byFunction.reduce((sum: number, entry: { count: number }) => sum + entry.count, 0)).toBe(total);
    expect((await w.as('admin').get('/api/dashboard/portfolio').expect(200)).body.total).toBe(total);
    // A period reads the start months, not the all-months slot beside them: counted once, not twice.
    expect((await w.as('reviewer').get('/api/dashboard/portfolio?to=2100-12').expect(200)).body.total).toBe(total);
    expect((await w.as('reviewer').get('/api/dashboard/portfolio?from=2000-01').expect(200)).body.total).toBe(total);
  });

  it('counts commitments kept by each side and the equity-gap trend', async () => {
    const portfolio = (await w.as('reviewer').get('/api/dashboard/portfolio?function=service_monitoring&from=2026-01&to=2026-01').expect(200)).body;
    expect(portfolio.accountability.state).toMatchObject({ kept: 1, disputed: 0 });
    expect(portfolio.accountability.nonState).toMatchObject({ kept: 0, disputed: 1 });
    expect(portfolio.qualityTrend).toContainEqual(expect.objectContaining({ period: '2026-Q1', averageGap: 1 }));
    const outside = (await w.as('reviewer').get('/api/dashboard/portfolio?from=2030-01').expect(200)).body;
    expect(outside.total).toBe(0);
  });

  it('gives an officer only the partnerships their organisation sees', async () => {
    for (const [who, org] of [
      ['cso', 'Khmer Community Health Association'],
      ['network', 'Social Accountability CSO Network'],
      ['sna', 'Takéo Provincial Administration'],
      ['district', 'Bati District Administration'],
    ] as const) {
      const portfolio = (await w.as(who).get('/api/dashboard/portfolio').expect(200)).body;
      const expected = await countedByStatus(w.orgs[org]!);
      expect([who, asMap(portfolio.byStatus)]).toEqual([who, expected]);
      expect(portfolio.total).toBe(Object.values(expected).reduce((sum, count) => sum + count, 0));
    }
    const stuck = (await w.as('cso').get('/api/dashboard/stuck?status=draft&limit=200').expect(200)).body;
    expect(stuck.items.map((item: { id: string }) => item.id)).not.toContain(networkDraft);
    const networkStuck = (await w.as('network').get('/api/dashboard/stuck?status=draft').expect(200)).body;
    expect(networkStuck.items.map((item: { id: string }) => item.id)).toContain(networkDraft);
  });

  it('keeps no anchoring on an officer’s dashboard: a period shows only once their organisation assessed it', async () => {
    // A third party (set up in SQL: the walk signs with two) lets both sides assess 2026-Q2 while the CSO has not.
    const network = w.orgs['Social Accountability CSO Network']!;
    const [snaUser] = await t.dataSource.query(`SELECT id FROM users WHERE email = 'sna@daikou.demo'`);
    await t.dataSource.query(`INSERT INTO partnership_parties (partnership_id, organization_id) VALUES ($1, $2)`, [active, network]);
    await t.dataSource.query(
      `INSERT INTO quality_assessments (partnership_id, organization_id, side, period, scores, submitted_by, submitted_at)
       VALUES ($1, $2, 'non_state', '2026-Q2', $3, $4, now())`,
      [active, network, JSON.stringify(scores(2)), snaUser.id],
    );
    await w.as('sna').post(`/api/partnerships/${active}/assessments`, { period: '2026-Q2', scores: scores(5) }).expect(201);
    await rollupsCurrent(t.dataSource);
    const periodsOf = async (who: string) =>
      ((await w.as(who).get('/api/dashboard/portfolio').expect(200)).body.qualityTrend as { period: string }[]).map((row) => row.period);
    expect(await periodsOf('reviewer')).toContain('2026-Q2');
    expect(await periodsOf('sna')).toContain('2026-Q2');
    expect(await periodsOf('cso')).toEqual(['2026-Q1']);
    await w.as('cso').post(`/api/partnerships/${active}/assessments`, { period: '2026-Q2', scores: scores(3) }).expect(201);
    await rollupsCurrent(t.dataSource);
    expect(await periodsOf('cso')).toContain('2026-Q2');
    // Back to two parties and one assessed period, as the other tests expect.
    await t.dataSource.query(`DELETE FROM quality_assessments WHERE partnership_id = $1 AND period = '2026-Q2'`, [active]);
    await t.dataSource.query(`DELETE FROM partnership_parties WHERE partnership_id = $1 AND organization_id = $2`, [active, network]);
    await rollupsCurrent(t.dataSource);
  });

  it('counts time in each status including partnerships still in it, and drills into the slowest step', async () => {
    const cycle = (await w.as('reviewer').get('/api/dashboard/cycle-times').expect(200)).body;
    const draft = cycle.statuses.find((status: { status: string }) => status.status === 'draft');
    const [{ drafts }] = await t.dataSource.query(`SELECT count(*)::int AS drafts FROM partnerships WHERE status = 'draft'`);
    const [{ left }] = await t.dataSource.query(`SELECT count(*)::int AS left FROM partnership_transitions WHERE from_status = 'draft'`);
    expect(draft.stillIn).toBe(drafts);
    expect(draft.partnerships).toBe(drafts + left);
    expect(draft.medianDays).not.toBeNull();
    expect(cycle.byProvince.map((entry: { province: string }) => entry.province)).toContain('21');
    expect(cycle.byLevel.map((entry: { level: string }) => entry.level)).toContain('district');
    expect(Array.isArray(cycle.slowest)).toBe(true);
    const filtered = (await w.as('reviewer').get('/api/dashboard/cycle-times?province=21&level=district').expect(200)).body;
    expect(filtered.byProvince.map((entry: { province: string }) => entry.province)).toEqual(['21']);
    expect(filtered.byLevel.map((entry: { level: string }) => entry.level)).toEqual(['district']);

    const page = (await w.as('reviewer').get('/api/dashboard/stuck?status=draft&limit=1').expect(200)).body;
    expect(page.items).toHaveLength(1);
    const all = (await w.as('reviewer').get('/api/dashboard/stuck?status=draft&limit=200').expect(200)).body.items as { statusSince: string; daysInStatus: number }[];
    expect(all).toHaveLength(drafts);
    expect(all.map((item) => item.statusSince)).toEqual([...all.map((item) => item.statusSince)].sort());
    if (drafts > 1) {
      const next = (await w.as('reviewer').get(`/api/dashboard/stuck?status=draft&limit=1&cursor=${page.nextCursor}`).expect(200)).body;
      expect(next.items[0]).toEqual(all[1]);
    }
  });

  it('refuses bad filters, naming them', async () => {
    const bad = await w.as('reviewer').get('/api/dashboard/portfolio?province=2&from=2026-13&function=x').expect(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['query.from', 'query.function', 'query.province']);
    const reversed = await w.as('reviewer').get('/api/dashboard/cycle-times?from=2026-05&to=2026-01').expect(422);
    expect(reversed.body.errors).toEqual([expect.objectContaining({ path: 'query.to' })]);
    await w.as('reviewer').get('/api/dashboard/stuck').expect(422);
    await t.http.get('/api/dashboard/portfolio').expect(401);
  });

  it('exports the dashboards as CSV with a BOM', async () => {
    const portfolio = await w.as('reviewer').get('/api/dashboard/portfolio?format=csv&lang=km').buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(portfolio.headers['content-type']).toMatch(/^text\/csv/);
    const text = (portfolio.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFFរង្វាស់,')).toBe(true);
    expect(text).toMatch(/\r\nstatus,active,\d+\r\n/);
    const cycle = await w.as('cso').get('/api/dashboard/cycle-times?format=csv').expect(200);
    expect(cycle.text.split('\r\n')[0]).toBe('\uFEFFProvince,Level,Status,Partnerships,Median days,90th percentile days,Still in the status');
    const stuck = await w.as('network').get('/api/dashboard/stuck?status=draft&format=csv').expect(200);
    expect(stuck.text).toContain(networkDraft);
  });

  it('exports the partnerships list as CSV: every row the caller sees, the list’s filters applied', async () => {
    const rowsOf = (text: string) => text.split('\r\n').slice(1).filter((line) => line !== '');
    const national = await w.as('reviewer').get('/api/partnerships?format=csv&limit=1').expect(200);
    expect(national.text.startsWith('\uFEFFId,Title,Status,')).toBe(true);
    const [{ total }] = await t.dataSource.query(`SELECT count(*)::int AS total FROM partnerships`);
    expect(rowsOf(national.text)).toHaveLength(total);
    const cso = await w.as('cso').get('/api/partnerships?format=csv&lang=km').expect(200);
    expect(cso.text.startsWith('\uFEFFលេខសម្គាល់,')).toBe(true);
    expect(cso.text).toContain(active);
    expect(cso.text).not.toContain(networkDraft);
    const expected = await countedByStatus(w.orgs['Khmer Community Health Association']!);
    expect(rowsOf(cso.text)).toHaveLength(Object.values(expected).reduce((sum, count) => sum + count, 0));
    const drafts = await w.as('reviewer').get('/api/partnerships?format=csv&status=draft').expect(200);
    expect(rowsOf(drafts.text)).toHaveLength((await countedByStatus(null)).draft ?? 0);
    await w.as('reviewer').get('/api/partnerships?format=pdf').expect(422);
  });

  it('prints a one-page summary of a partnership for those who see it', async () => {
    const pdf = await w.as('cso').get(`/api/partnerships/${active}/summary.pdf`).buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'summary-'));
    const file = path.join(directory, 'summary.pdf');
    fs.writeFileSync(file, pdf.body as Buffer);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    fs.rmSync(directory, { recursive: true, force: true });
    expect(text).toContain('Health centre scorecards');
    expect(text).toContain('Khmer Community Health Association');
    expect(text).toContain('Commitments record');
    expect(text).toMatch(/Gap = state average − non-state average\S*: 1/);
    expect(info).toMatch(/Pages:\s+1\n/);
    await w.as('network').get(`/api/partnerships/${active}/summary.pdf`).expect(404);
  });
});
