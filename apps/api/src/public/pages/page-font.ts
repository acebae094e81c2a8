// Khmer text on the public pages: the phone's own Noto Sans Khmer when it has one (local()), else the project's
// copy (@fontsource, 23 kB, Khmer letters only, fetched only for a page that shows Khmer). Latin uses system fonts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PUBLIC_PAGES_ROOT } from '../public-page-routes';

const KHMER_RANGE = 'U+1780-17FF, U+19E0-19FF, U+200B-200D, U+25CC';

let loaded: { file: Buffer; name: string } | null = null;

/** The font file and its name, which carries its content hash: the file may be cached for a year. */
export function khmerFont(): { file: Buffer; name: string } {
  if (loaded) return loaded;
  const file = readFileSync(path.join(path.dirname(require.resolve('@fontsource/noto-sans-khmer/400.css')), 'files', 'noto-sans-khmer-khmer-400-normal.woff2'));
  loaded = { file, name: `noto-sans-khmer-${createHash('sha256').update(file).digest('hex').slice(0, 12)}.woff2` };
  return loaded;
}

export const khmerFontPath = () => `${PUBLIC_PAGES_ROOT}/fonts/${khmerFont().name}`;

export function khmerFontFace(): string {
  return `@font-face{font-family:"Noto Sans Khmer";font-display:swap;unicode-range:${KHMER_RANGE};` +
    `src:local("Noto Sans Khmer"),local("NotoSansKhmer-Regular"),url(${khmerFontPath()}) format("woff2")}`;
}
