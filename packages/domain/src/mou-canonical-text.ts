/** A clause as a MoU version stores it; the Khmer title and text may still be missing while drafting. */
export interface MouClauseText {
  key: string;
  titleEn: string;
  textEn: string;
  titleKm?: string;
  textKm?: string;
}

// Differences no reader can see (line endings, composed or decomposed Khmer, spaces at line ends)
// must not change the hash the parties sign.
function normalised(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+$/gm, '')
    .trim();
}

/**
 * The text whose SHA-256 is a MoU version's `textHash`: a JSON array with, per clause in the version's
 * order, [key, titleEn, textEn, titleKm, textKm] (a missing Khmer field is ""), each text normalised.
 */
export function canonicalMouText(clauses: readonly MouClauseText[]): string {
  return JSON.stringify(
    clauses.map((clause) => [
      clause.key,
      normalised(clause.titleEn),
      normalised(clause.textEn),
      normalised(clause.titleKm ?? ''),
      normalised(clause.textKm ?? ''),
    ]),
  );
}
