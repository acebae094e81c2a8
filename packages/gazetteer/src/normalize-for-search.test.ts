import { normalizeForSearch } from './normalize-for-search.js';

describe('normalizeForSearch', () => {
  it('strips Latin accents and lower-cases', () => {
    expect(normalizeForSearch('Takéo')).toBe('takeo');
    expect(normalizeForSearch('Bântéay Méanchoăy')).toBe('banteay meanchoay');
  });

  it('removes zero-width characters and collapses whitespace', () => {
    expect(normalizeForSearch('  Kbal Spean\u200B 1 ')).toBe('kbal spean 1');
    expect(normalizeForSearch('S\u200Ba\u200C\u200D\uFEFF  ang')).toBe('sa ang');
    expect(normalizeForSearch('ដង\u200Bរ៉ែក')).toBe('ដងរ៉ែក');
  });

  it('leaves Khmer vowel signs, coeng and other Khmer combining signs intact', () => {
    // Coeng (U+17D2), vowel signs (U+17B6, U+17BB, U+17C2), nikahit (U+17C6), bantoc (U+17CB), musikatoan (U+17C9).
    for (const name of ['ស្រុក', 'បាត់ដំបង', 'តាកែវ', 'ម៉ាលិក', 'សង្កាត់']) {
      expect(normalizeForSearch(name)).toBe(name);
    }
    expect([...normalizeForSearch('ស្រុក')].map((ch) => ch.codePointAt(0))).toContain(0x17d2);
  });
});
