import { canonicalMouText, type MouClauseText } from './mou-canonical-text.js';

const clauses: MouClauseText[] = [
  {
    key: 'purpose',
    titleEn: 'Purpose',
    textEn: 'The parties enter into this MoU.\nIts goals are set out below.',
    titleKm: 'គោលបំណង',
    textKm: 'ភាគីព្រមព្រៀងចុះអនុស្សរណៈនេះ។\nគោលដៅមានដូចខាងក្រោម។',
  },
  { key: 'roles', titleEn: 'Roles', textEn: 'Coopération Village Focus facilitates the meetings.' },
];

const withTexts = (change: (text: string) => string): MouClauseText[] =>
  clauses.map((c) => ({
    ...c,
    titleEn: change(c.titleEn),
    textEn: change(c.textEn),
    ...(c.titleKm === undefined ? {} : { titleKm: change(c.titleKm) }),
    ...(c.textKm === undefined ? {} : { textKm: change(c.textKm) }),
  }));

describe('canonicalMouText', () => {
  const canonical = canonicalMouText(clauses);

  it('lists per clause, in order, the key then the English and Khmer title and text', () => {
    expect(canonicalMouText([{ key: 'purpose', titleEn: 'Purpose', textEn: 'A\nB', textKm: 'ក' }])).toBe(
      '[["purpose","Purpose","A\\nB","","ក"]]',
    );
  });

  it('is the same with CRLF or CR line endings', () => {
    expect(canonicalMouText(withTexts((text) => text.replace(/\n/g, '\r\n')))).toBe(canonical);
    expect(canonicalMouText(withTexts((text) => text.replace(/\n/g, '\r')))).toBe(canonical);
  });

  it('is the same with decomposed (NFD) Unicode', () => {
    const decomposed = withTexts((text) => text.normalize('NFD'));
    expect(decomposed[1]?.textEn).not.toBe(clauses[1]?.textEn);
    expect(canonicalMouText(decomposed)).toBe(canonical);
  });

  it('is the same with spaces at the ends of lines and around the text', () => {
    expect(canonicalMouText(withTexts((text) => `\n${text.replace(/\n/g, '  \t\n')}  \n`))).toBe(canonical);
  });

  it('keeps spaces inside a line', () => {
    expect(canonicalMouText(withTexts((text) => text.replace('Village Focus', 'Village  Focus')))).not.toBe(canonical);
  });

  it('changes when a word changes', () => {
    expect(canonicalMouText(withTexts((text) => text.replace('meetings', 'meeting')))).not.toBe(canonical);
    expect(canonicalMouText(withTexts((text) => text.replace('ភាគី', 'ដៃគូ')))).not.toBe(canonical);
  });

  it('changes when the clauses are reordered or a key is renamed', () => {
    expect(canonicalMouText([...clauses].reverse())).not.toBe(canonical);
    expect(canonicalMouText(clauses.map((c) => ({ ...c, key: `${c.key}_1` })))).not.toBe(canonical);
  });

  it('tells apart text moved from one field to the next', () => {
    const a = canonicalMouText([{ key: 'k', titleEn: 'Purpose', textEn: 'of the MoU' }]);
    const b = canonicalMouText([{ key: 'k', titleEn: 'Purpose of', textEn: 'the MoU' }]);
    const c = canonicalMouText([{ key: 'k', titleEn: 'Purpose', textEn: '', titleKm: 'of the MoU' }]);
    expect(new Set([a, b, c]).size).toBe(3);
  });
});
