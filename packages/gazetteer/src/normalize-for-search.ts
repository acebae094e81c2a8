// One normal form for names and queries, so matching ignores case, Latin accents and invisible breaks.

const ZERO_WIDTH = /[\u200B\u200C\u200D\uFEFF]/g;
// Only Latin combining diacritics: Khmer vowel signs and coeng are combining marks too and carry meaning.
const LATIN_DIACRITICS = /[\u0300-\u036F]/g;
const WHITESPACE_RUN = /\s+/g;

export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(LATIN_DIACRITICS, '')
    .replace(ZERO_WIDTH, '')
    .toLowerCase()
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}
