// Reading PDFs back as the checks do: text with poppler's pdftotext, pixels with pdftoppm (greyscale PGM, no PNG decoder needed).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function pdfText(pdf: Buffer): Promise<string> {
  return withFile(pdf, async (file) => (await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'])).stdout);
}

/** Text for comparison: NFC, without spaces, line breaks or zero-width characters (pdftotext spaces Khmer glyphs apart at times). */
export function normalised(text: string): string {
  return text.normalize('NFC').replace(/[\s\u200b-\u200d\ufeff]/g, '');
}

export interface Gray {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** One page rasterised at `dpi` in greyscale (0 black … 255 white). */
export async function rasterise(pdf: Buffer, page: number, dpi = 100): Promise<Gray> {
  return withFile(pdf, async (file) => {
    const prefix = path.join(path.dirname(file), 'page');
    await run('pdftoppm', ['-r', String(dpi), '-gray', '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
    const data = await readFile(`${prefix}.pgm`);
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not write a binary PGM');
    const width = Number(header[1]);
    const height = Number(header[2]);
    return { width, height, pixels: data.subarray(header[0].length, header[0].length + width * height) };
  });
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const INK = 128;

/** The first line of text from the top: rows with ink, allowing small gaps (marks above and below a line). */
export function firstLine(image: Gray, maxGap = 4): Box {
  const inked = (y: number) => image.pixels.subarray(y * image.width, (y + 1) * image.width).some((v) => v < INK);
  let top = 0;
  while (top < image.height && !inked(top)) top++;
  let bottom = top;
  for (let y = top, gap = 0; y < image.height && gap <= maxGap; y++) {
    if (inked(y)) {
      bottom = y;
      gap = 0;
    } else gap++;
  }
  let left = image.width;
  let right = -1;
  for (let y = top; y <= bottom; y++) {
    for (let x = 0; x < image.width; x++) {
      if (image.pixels[y * image.width + x]! < INK) {
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  if (right < 0) throw new Error('The page has no ink');
  return { left, top, width: right - left + 1, height: bottom - top + 1 };
}

/** Mean absolute difference (0–255) of two crops aligned at their top-left corners; Infinity when their sizes differ by more than `slack` px. */
export function difference(a: Gray, boxA: Box, b: Gray, boxB: Box, slack = 2): number {
  if (Math.abs(boxA.width - boxB.width) > slack || Math.abs(boxA.height - boxB.height) > slack) return Infinity;
  const width = Math.min(boxA.width, boxB.width);
  const height = Math.min(boxA.height, boxB.height);
  let total = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      total += Math.abs(a.pixels[(boxA.top + y) * a.width + boxA.left + x]! - b.pixels[(boxB.top + y) * b.width + boxB.left + x]!);
    }
  }
  return total / (width * height);
}

async function withFile<T>(pdf: Buffer, use: (file: string) => Promise<T>): Promise<T> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'daikou-pdf-'));
  try {
    const file = path.join(directory, 'document.pdf');
    await writeFile(file, pdf);
    return await use(file);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
