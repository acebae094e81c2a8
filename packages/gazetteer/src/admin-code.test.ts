import { isWithin, levelOfCode } from './admin-code.js';

describe('levelOfCode', () => {
  it.each([
    ['02', 'province'],
    ['0204', 'district'],
    ['020401', 'commune'],
    ['02040101', 'village'],
  ])('%s is a %s', (code, level) => {
    expect(levelOfCode(code)).toBe(level);
  });

  it.each(['', '2', '021', '0204010101', '02a4', ' 02'])('rejects %j', (code) => {
    expect(levelOfCode(code)).toBeNull();
  });
});

describe('isWithin', () => {
  it('holds for the area itself and every code below it', () => {
    expect(isWithin('02', '02')).toBe(true);
    expect(isWithin('0204', '02')).toBe(true);
    expect(isWithin('02040101', '0204')).toBe(true);
  });

  it('fails for other areas, for areas below the code and for malformed codes', () => {
    expect(isWithin('0304', '02')).toBe(false);
    expect(isWithin('02', '0204')).toBe(false);
    expect(isWithin('0204', '0')).toBe(false);
    expect(isWithin('0204', '')).toBe(false);
    expect(isWithin('020', '02')).toBe(false);
  });
});
