// Cambodia's administrative units over HTTP: levels, children, Khmer and Latin search, codes, paging and errors.
import { startTestApp, type TestApp } from '../support/test-app';
import { expectProblem } from './problems';

interface Unit {
  code: string;
  level: string;
  parentCode: string | null;
  nameKm: string;
  nameLatin: string;
}

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function list(query: string): Promise<{ items: Unit[]; nextCursor: string | null; attribution: string }> {
  const response = await t.http.get(`/api/admin-units?${query}`);
  expect(response.status).toBe(200);
  return response.body;
}

async function codesPaged(query: string, limit: number): Promise<{ codes: string[]; pages: number }> {
  const codes: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: Awaited<ReturnType<typeof list>> = await list(`${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    codes.push(...page.items.map((unit) => unit.code));
    cursor = page.nextCursor;
    pages++;
  } while (cursor && pages < 100);
  return { codes, pages };
}

describe('GET /api/admin-units', () => {
  it('lists the 25 provinces in one page of 50, with the data attribution', async () => {
    const page = await list('level=province&limit=50');
    expect(page.items).toHaveLength(25);
    expect(page.nextCursor).toBeNull();
    expect(page.items.every((unit) => unit.level === 'province' && unit.parentCode === null)).toBe(true);
    expect(new Set(page.items.map((unit) => unit.code)).size).toBe(25);
    expect(page.attribution).toMatch(/NCDD/);
  });

  it('keeps the leading zero of codes', async () => {
    const provinces = await list('level=province');
    expect(provinces.items.map((unit) => unit.code)).toContain('01');
    const unit = await t.http.get('/api/admin-units/01');
    expect(unit.status).toBe(200);
    expect(unit.body).toMatchObject({ code: '01', level: 'province', parentCode: null });
    expect(typeof unit.body.code).toBe('string');
  });

  it('lists the communes of a district', async () => {
    const page = await list('parent=2102');
    expect(page.items.length).toBeGreaterThan(1);
    for (const unit of page.items) expect(unit).toMatchObject({ level: 'commune', parentCode: '2102', code: expect.stringMatching(/^2102\d{2}$/) });
    expect(page.items.map((unit) => unit.code)).toContain('210201');
  });

  it('finds Takéo province by its name written without the accent', async () => {
    const page = await list('q=Takeo&level=province');
    expect(page.items.map((unit) => unit.code)).toEqual(['21']);
    expect(page.items[0]!.nameLatin).toMatch(/^Tak[eé]o$/i);
  });

  it('finds a unit by its Khmer name', async () => {
    const page = await list(`q=${encodeURIComponent('តាកែវ')}&level=province`);
    expect(page.items.map((unit) => unit.code)).toEqual(['21']);
    expect(page.items[0]!.nameKm).toContain('តាកែវ');
  });

  it('answers every level, names included, for one unit', async () => {
    const response = await t.http.get('/api/admin-units/2102');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      code: '2102',
      level: 'district',
      parentCode: '21',
      nameKm: expect.any(String),
      nameLatin: expect.stringMatching(/Bati/i),
      typeKm: expect.any(String),
      typeEn: expect.any(String),
    });
  });

  it('pages through the districts without overlap or gaps', async () => {
    const byFifty = await codesPaged('level=district', 50);
    const byTwoHundred = await codesPaged('level=district', 200);
    expect(byFifty.pages).toBeGreaterThan(byTwoHundred.pages);
    expect(byFifty.codes).toEqual(byTwoHundred.codes);
    expect(new Set(byFifty.codes).size).toBe(byFifty.codes.length);
    expect(byFifty.codes).toEqual(expect.arrayContaining(['0102', '2102', '2507']));
  });

  it('answers 404 problem for an unknown code', async () => {
    expectProblem(await t.http.get('/api/admin-units/99'), 404, 'not_found');
    expectProblem(await t.http.get('/api/admin-units/219999'), 404, 'not_found');
  });

  it.each([
    ['a parent code of odd length', 'parent=210', 'query.parent'],
    ['a parent that is not a code', 'parent=Takeo', 'query.parent'],
    ['an unknown level', 'level=region', 'query.level'],
    ['a limit of 0', 'limit=0', 'query.limit'],
    ['a garbage cursor', 'cursor=garbage', 'query.cursor'],
    ['a forged cursor that is no offset', `cursor=${Buffer.from(JSON.stringify(['x'])).toString('base64url')}`, 'query.cursor'],
    ['a forged negative offset', `cursor=${Buffer.from(JSON.stringify([-100])).toString('base64url')}`, 'query.cursor'],
  ])('refuses %s with a 422 naming the parameter', async (_case, query, path) => {
    expectProblem(await t.http.get(`/api/admin-units?${query}`), 422, 'validation', path);
  });
});
