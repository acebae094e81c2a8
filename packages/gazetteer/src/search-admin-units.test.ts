import { ADMIN_LEVELS, type AdminUnit } from './admin-unit.js';
import { searchAdminUnits } from './search-admin-units.js';

const codes = (units: readonly { code: string }[]) => units.map((unit) => unit.code);

describe('searchAdminUnits', () => {
  it('finds Takéo province with an unaccented query', () => {
    expect(searchAdminUnits({ q: 'Takeo', level: 'province' })).toEqual([
      expect.objectContaining({ code: '21', nameLatin: 'Takéo' }),
    ]);
    expect(codes(searchAdminUnits({ q: 'takeo' }))[0]).toBe('21');
  });

  it('finds Battambang by its Khmer name', () => {
    expect(codes(searchAdminUnits({ q: 'បាត់ដំបង' }))[0]).toBe('02');
  });

  it('finds names that hold a zero-width space with a query typed without it', () => {
    expect(codes(searchAdminUnits({ q: 'Kbal Spean 1' }))).toContain('01100403');
    expect(codes(searchAdminUnits({ q: 'sa ang', level: 'village' }))).toContain('04060803');
    expect(codes(searchAdminUnits({ q: 'ដងរ៉ែក' }))).toContain('10050109');
  });

  it('matches UNGEGN romanisations too', () => {
    expect(codes(searchAdminUnits({ q: 'Takêv' }))).toEqual(['21']);
  });

  it('ranks prefix matches first, then by level, then by code', () => {
    const rank = (unit: AdminUnit) => `${ADMIN_LEVELS.indexOf(unit.level)}:${unit.code}`;
    const results = searchAdminUnits({ q: 'chey', limit: 5000 });
    const startsWithChey = (unit: AdminUnit) => unit.nameLatin.toLowerCase().startsWith('chey');
    const firstInner = results.findIndex((unit) => !startsWithChey(unit));
    const prefixMatches = results.slice(0, firstInner);
    const innerMatches = results.slice(firstInner);
    expect(prefixMatches.length).toBeGreaterThan(0);
    expect(prefixMatches.every(startsWithChey)).toBe(true);
    expect(innerMatches.some(startsWithChey)).toBe(false);
    // Banteay Meanchey and Oddar Meanchey are provinces, yet rank after every village named "Chey…".
    expect(codes(innerMatches).slice(0, 2)).toEqual(['01', '22']);
    expect(prefixMatches.map(rank)).toEqual(prefixMatches.map(rank).sort());
    expect(innerMatches.map(rank)).toEqual(innerMatches.map(rank).sort());
  });

  it('filters by level and by parent', () => {
    const districts = searchAdminUnits({ level: 'district', parentCode: '02' });
    expect(districts.length).toBeGreaterThan(5);
    expect(districts.every((unit) => unit.level === 'district' && unit.parentCode === '02')).toBe(true);
    expect(searchAdminUnits({ q: 'Battambang', level: 'commune' }).every((unit) => unit.level === 'commune')).toBe(
      true,
    );
    expect(searchAdminUnits({ q: 'Takeo', parentCode: '01' })).toEqual([]);
  });

  it('lists every child of the largest commune with the default limit', () => {
    expect(searchAdminUnits({ parentCode: '250505' })).toHaveLength(33);
  });

  it('honours the limit and refuses one that is not a positive integer', () => {
    expect(searchAdminUnits({ level: 'village', limit: 3 })).toHaveLength(3);
    expect(() => searchAdminUnits({ limit: 0 })).toThrow(RangeError);
    expect(() => searchAdminUnits({ limit: 2.5 })).toThrow(RangeError);
  });

  it('treats a blank query as no query', () => {
    expect(codes(searchAdminUnits({ q: ' \u200B ', limit: 2 }))).toEqual(['01', '02']);
  });
});
