import { copyLine, copyValue, json } from './copy-text';

describe('COPY text format', () => {
  it('writes NULL as \\N and escapes backslashes, tabs and line breaks', () => {
    expect(copyValue(null)).toBe('\\N');
    expect(copyValue('a\tb\nc\\d\re')).toBe('a\\tb\\nc\\\\d\\re');
    expect(copyLine(['x', 1, true, null])).toBe('x\t1\tt\t\\N\n');
  });

  it('quotes every array element, so spaces, commas and quotes stay inside it', () => {
    expect(copyValue(['health', 'water, sanitation', 'say "hi"'])).toBe('{"health","water, sanitation","say \\\\"hi\\\\""}');
  });

  it('writes JSON with its own escapes escaped again for COPY', () => {
    expect(copyValue(json({ text: 'line\nnext "quoted"' }))).toBe('{"text":"line\\\\nnext \\\\"quoted\\\\""}');
  });

  it('writes dates as ISO timestamps', () => {
    expect(copyValue(new Date(Date.UTC(2026, 0, 2, 3, 4, 5)))).toBe('2026-01-02T03:04:05.000Z');
  });
});
