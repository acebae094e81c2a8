// Reading an exported CSV as a stream of records: UTF-8 with or without a BOM, quoted newlines, rows of any width.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';

/** Options shared by counting and reading, so both see the same records. */
const OPTIONS = { bom: true, columns: true, skip_empty_lines: true, relax_column_count: true, trim: false } as const;

/** The file's records (column name → text), one at a time: memory stays flat however long the file. */
export function csvRecords(content: Readable): AsyncIterable<Record<string, string>> {
  return content.pipe(parse(OPTIONS));
}

/** How many records the file holds: a first streaming pass, so progress can say "rows done of total". */
export async function countRecords(content: Readable): Promise<number> {
  let total = 0;
  for await (const record of csvRecords(content)) if (record) total += 1;
  return total;
}

/** The header row and the first `rows` records as the file has them; reading stops there. */
export async function csvHead(content: Readable, rows: number): Promise<{ columns: string[]; sampleRows: string[][] }> {
  const parser = content.pipe(parse({ bom: true, skip_empty_lines: true, relax_column_count: true }));
  const read: string[][] = [];
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      read.push(record);
      if (read.length > rows) break;
    }
  } finally {
    content.destroy();
  }
  const [columns = [], ...sampleRows] = read;
  return { columns, sampleRows };
}

/** The SHA-256 of the bytes (the file's identity for "the same file twice") and whether any byte is NUL (not a text file). */
export async function fingerprint(content: Readable): Promise<{ sha256: string; binary: boolean }> {
  const hash = createHash('sha256');
  let binary = false;
  for await (const chunk of content as AsyncIterable<Buffer>) {
    hash.update(chunk);
    if (!binary && chunk.includes(0)) binary = true;
  }
  return { sha256: hash.digest('hex'), binary };
}
