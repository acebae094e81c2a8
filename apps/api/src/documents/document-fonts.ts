// The project's own Noto Sans Khmer (npm @fontsource), embedded in the page as data: URLs: nothing is fetched at render time.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const DOCUMENT_FONT_FAMILY = 'Noto Sans Khmer';
const WEIGHTS = [400, 700] as const;

let cached: string | null = null;

/** @font-face rules for the Khmer, Latin and Latin-extended subsets (the font's own Latin serves English text). */
export function documentFontFaces(): string {
  if (cached) return cached;
  const directory = path.dirname(require.resolve('@fontsource/noto-sans-khmer/400.css'));
  cached = WEIGHTS.map((weight) =>
    readFileSync(path.join(directory, `${weight}.css`), 'utf8').replace(
      /src: url\(\.\/files\/([\w-]+\.woff2)\) format\('woff2'\)[^;]*;/g,
      (_, file: string) => `src: url(data:font/woff2;base64,${readFileSync(path.join(directory, 'files', file)).toString('base64')}) format('woff2');`,
    ),
  ).join('\n');
  if (cached.includes('url(./files')) throw new Error('@fontsource/noto-sans-khmer: unexpected CSS; a font file would be left unembedded');
  return cached;
}
