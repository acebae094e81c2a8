// Monitoring data for the tests that read it back: two active partnerships with scorecard rounds at one health
// centre — Takéo province × Khmer Community Health Association, and Bati district × the CSO network — so that
// each side's officers see only their own partnership's rows.
import { parse } from 'csv-parse/sync';
import type { TestApp } from '../support/test-app';
import type { Walker } from '../support/partnership-walk';

/** Bati district × Social Accountability CSO Network, endorsed by the province at each review stage, then signed. */
export async function networkPartnership(w: Walker): Promise<string> {
  const created = await w.as('district').post('/api/partnerships', {
    title: 'Bati water and health monitoring', function: 'service_monitoring', form: 'collaboration', goals: 'Citizens score services in Bati.',
    parties: [{ organizationId: w.orgs['Bati District Administration'] }, { organizationId: w.orgs['Social Accountability CSO Network'] }],
    adminUnitCodes: ['2102'], sectors: ['health'], startDate: '2026-01-01', endDate: '2027-12-31',
  }).expect(201);
  const id = created.body.id as string;
  await w.act(id, 'district', 'submit_proposal').expect(200);
  await w.act(id, 'sna', 'endorse').expect(200);
  await w.act(id, 'reviewer', 'accept_proposal').expect(200);
  const template = await w.as('district').get(`/api/partnerships/${id}/mou/template`).expect(200);
  await w.as('district').post(`/api/partnerships/${id}/mou/versions`, { clauses: template.body.clauses }).expect(201);
  await w.act(id, 'district', 'submit_mou').expect(200);
  await w.act(id, 'sna', 'endorse').expect(200);
  await w.act(id, 'reviewer', 'approve').expect(200);
  await w.act(id, 'district', 'sign').expect(200);
  await w.act(id, 'network', 'sign').expect(200);
  return id;
}

export const round = (servicePointId: string, date: string, criteria: { name: string; citizenScore: number; providerScore: number; suggestedAction?: string }[]) => ({
  servicePointId, date, participants: { female: 12, male: 8, disability: 2, youth: 5 }, criteria,
});

/** A CSV download: checks the headers every download has, then its rows (header row first), BOM removed. */
export async function csvOf(t: TestApp, token: string, path: string): Promise<string[][]> {
  const response = await t.http.get(path).auth(token, { type: 'bearer' }).buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${(response.body as Buffer).toString('utf8')}`);
  expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.headers['content-disposition']).toMatch(/^attachment; filename="[\w.-]+\.csv"$/);
  const text = (response.body as Buffer).toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parse(text, { bom: true });
}
