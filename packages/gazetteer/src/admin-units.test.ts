import { ADMIN_LEVELS } from './admin-unit.js';
import {
  ancestorsOf,
  childrenOf,
  counts,
  getAdminUnit,
  loadAdminUnits,
  provinceOf,
} from './admin-units.js';
import { isWithin, levelOfCode } from './admin-code.js';

describe('the bundled gazetteer', () => {
  it('has the official number of units per level', () => {
    expect(counts()).toEqual({ province: 25, district: 210, commune: 1652, village: 14578 });
    expect(loadAdminUnits()).toHaveLength(25 + 210 + 1652 + 14578);
  });

  it('is loaded once and frozen', () => {
    expect(loadAdminUnits()).toBe(loadAdminUnits());
    expect(Object.isFrozen(loadAdminUnits())).toBe(true);
    expect(Object.isFrozen(loadAdminUnits()[0])).toBe(true);
  });

  it('keeps leading zeros in codes', () => {
    expect(getAdminUnit('01')?.nameLatin).toBe('Banteay Meanchey');
    expect(getAdminUnit('0102')?.nameLatin).toBe('Mongkol Borey');
    expect(getAdminUnit('01020101')).toMatchObject({ nameKm: 'អូរធំ', parentCode: '010201' });
    expect(getAdminUnit('1')).toBeUndefined();
  });

  it('gives every unit a code of its level, and every non-province an existing parent one level up', () => {
    for (const unit of loadAdminUnits()) {
      expect(levelOfCode(unit.code)).toBe(unit.level);
      if (unit.level === 'province') {
        expect(unit.parentCode).toBeNull();
        continue;
      }
      const parent = getAdminUnit(unit.parentCode ?? '');
      expect(parent?.level).toBe(ADMIN_LEVELS[ADMIN_LEVELS.indexOf(unit.level) - 1]);
      expect(isWithin(unit.code, parent?.code ?? '')).toBe(true);
    }
  });

  it('is ordered by level, then code', () => {
    const order = loadAdminUnits().map((unit) => `${ADMIN_LEVELS.indexOf(unit.level)}:${unit.code}`);
    expect(order).toEqual([...order].sort());
  });

  it('reads names, types and coordinates, including quoted CSV fields', () => {
    expect(getAdminUnit('21')).toEqual({
      code: '21',
      level: 'province',
      parentCode: null,
      nameKm: 'តាកែវ',
      nameLatin: 'Takéo',
      typeKm: 'ខេត្ត',
      typeLatin: 'Khaet',
      typeEn: 'Province',
      lat: 10.93539205,
      lng: 104.78988300047047,
    });
    expect(getAdminUnit('03010403')).toMatchObject({ nameKm: 'ប្រសូត្រ "ក"', lat: null, lng: null });
    expect(getAdminUnit('0204')?.nameLatin).toBe('Bavel');
  });

  it('tidies stray spaces in names but keeps zero-width spaces as published', () => {
    expect(getAdminUnit('02140110')?.nameLatin).toBe('Preaek Chik Muoy');
    expect(getAdminUnit('140107')?.nameKm).toBe('ស្ពឺ ក');
    expect(getAdminUnit('01100403')?.nameLatin).toBe('Kbal Spean\u200B 1');
  });
});

describe('hierarchy lookups', () => {
  it('lists direct children in code order', () => {
    const districts = childrenOf('02');
    expect(districts.length).toBeGreaterThan(0);
    expect(districts.every((unit) => unit.level === 'district' && unit.parentCode === '02')).toBe(true);
    expect(districts.map((unit) => unit.code)).toEqual(districts.map((unit) => unit.code).sort());
    expect(childrenOf('01020101')).toEqual([]);
    expect(childrenOf('99')).toEqual([]);
  });

  it('lists ancestors province first, without the unit itself', () => {
    expect(ancestorsOf('01020101').map((unit) => unit.code)).toEqual(['01', '0102', '010201']);
    expect(ancestorsOf('0102').map((unit) => unit.code)).toEqual(['01']);
    expect(ancestorsOf('01')).toEqual([]);
    expect(ancestorsOf('99999999')).toEqual([]);
  });

  it('finds the province of any unit', () => {
    expect(provinceOf('01020101')?.code).toBe('01');
    expect(provinceOf('21')?.nameLatin).toBe('Takéo');
    expect(provinceOf('99')).toBeUndefined();
  });
});
