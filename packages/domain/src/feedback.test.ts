import {
  FEEDBACK_CHANNELS,
  FEEDBACK_MOVES,
  FEEDBACK_STATUSES,
  canMoveFeedback,
  sanitizeFeedbackText,
  type FeedbackStatus,
} from './feedback.js';

describe('feedback codes', () => {
  it('are the triage statuses and the channels feedback arrives by', () => {
    expect(FEEDBACK_STATUSES).toEqual(['new', 'acknowledged', 'acted_on']);
    expect(Object.keys(FEEDBACK_MOVES)).toEqual([...FEEDBACK_STATUSES]);
    expect(FEEDBACK_CHANNELS).toEqual(['web', 'sms', 'hotline', 'suggestion_box', 'meeting', 'other']);
  });
});

describe('canMoveFeedback', () => {
  const ALLOWED_MOVES: ReadonlyArray<[FeedbackStatus, FeedbackStatus]> = [
    ['new', 'acknowledged'],
    ['new', 'acted_on'],
    ['acknowledged', 'acted_on'],
  ];
  const REFUSED_MOVES: ReadonlyArray<[FeedbackStatus, FeedbackStatus]> = [
    ['acknowledged', 'new'],
    ['acted_on', 'new'],
    ['acted_on', 'acknowledged'],
  ];

  it.each(ALLOWED_MOVES)('lets feedback move from %s to %s', (from, to) => {
    expect(canMoveFeedback(from, to)).toBe(true);
  });

  it.each(REFUSED_MOVES)('refuses a move back from %s to %s', (from, to) => {
    expect(canMoveFeedback(from, to)).toBe(false);
  });

  it.each(FEEDBACK_STATUSES)('lets a triage keep the status %s', (status) => {
    expect(canMoveFeedback(status, status)).toBe(true);
  });
});

describe('sanitizeFeedbackText', () => {
  it('keeps ordinary Khmer and English text as it is', () => {
    const text = 'មណ្ឌលសុខភាពបើកយឺត។\nThe health centre opens late.';
    expect(sanitizeFeedbackText(text)).toBe(text);
  });

  it('keeps the zero-width space, joiner and non-joiner Khmer writing uses', () => {
    const text = 'សេវា\u200Bល្អ\u200C\u200Dណាស់';
    expect(sanitizeFeedbackText(text)).toBe(text);
  });

  it('keeps tabs and single blank lines', () => {
    expect(sanitizeFeedbackText('Queue:\t2 hours\n\nStaff:\tpolite')).toBe('Queue:\t2 hours\n\nStaff:\tpolite');
  });

  it('keeps markup as the plain text it is: it is escaped wherever it is shown', () => {
    expect(sanitizeFeedbackText('<script>alert(1)</script> & <b>late</b>')).toBe('<script>alert(1)</script> & <b>late</b>');
  });

  it('turns Windows and old Mac line ends into newlines', () => {
    expect(sanitizeFeedbackText('one\r\ntwo\rthree')).toBe('one\ntwo\nthree');
  });

  it.each([
    ['NUL', 'late\u0000 again'],
    ['bell and backspace', 'late\u0007\u0008 again'],
    ['vertical tab and form feed', 'late\u000B\u000C again'],
    ['escape', 'late\u001B again'],
    ['DEL', 'late\u007F again'],
    ['C1 controls', 'late\u0085\u009B again'],
    ['a right-to-left override', 'late\u202E again'],
    ['bidirectional isolates', 'late\u2066\u2069 again'],
    ['a lone surrogate', 'late\uD800 again'],
  ])('removes %s', (_case, text) => {
    expect(sanitizeFeedbackText(text)).toBe('late again');
  });

  it('keeps characters outside the basic plane, written as surrogate pairs', () => {
    expect(sanitizeFeedbackText('Thank you 🙏')).toBe('Thank you 🙏');
  });

  it('writes text in Unicode NFC', () => {
    expect(sanitizeFeedbackText('Cafe\u0301')).toBe('Caf\u00E9');
  });

  it('drops spaces at the end of lines', () => {
    expect(sanitizeFeedbackText('first  \nsecond\t\nthird')).toBe('first\nsecond\nthird');
  });

  it('keeps at most two blank lines in a row', () => {
    expect(sanitizeFeedbackText('a\n\n\nb')).toBe('a\n\n\nb');
    expect(sanitizeFeedbackText('a\n\n\n\n\n\n\nb')).toBe('a\n\n\nb');
    expect(sanitizeFeedbackText('a\n \n\t\n  \n\nb')).toBe('a\n\n\nb');
  });

  it('trims the whole text', () => {
    expect(sanitizeFeedbackText('\n\n  Water pump broken  \n\n')).toBe('Water pump broken');
  });

  it.each([
    ['empty text', ''],
    ['spaces and newlines', '  \n\t\r\n '],
    ['control characters only', '\u0000\u0007\u001B'],
    ['zero-width characters only', '\u200B\u200C\u200D'],
    ['bidirectional controls only', '\u202E\u2067'],
    ['no-break spaces only', '\u00A0\u3000'],
  ])('gives null for %s: nothing visible is left', (_case, text) => {
    expect(sanitizeFeedbackText(text)).toBeNull();
  });
});
