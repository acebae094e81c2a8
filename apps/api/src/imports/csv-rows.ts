// Reading an exported CSV as a stream of records: UTF-8 with or without a BOM, quoted newlines, rows of any width.
// Papa Parse reads arrays of cells a chunk at a time (several times faster than one object per row), pausing the file
// while the caller works on a chunk, so memory stays a chunk or two however long the file.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import Papa from 'papaparse';

/** Options shared by counting and reading, so both see the same records. Empty lines are not records. */
const OPTIONS = { delimiter: ',', skipEmptyLines: true } as const;
const BOM = /^\uFEFF/;

/** One record of the file: its number as a spreadsheet shows it (the header is row 1) and its cells. */
export interface CsvRow {
  rowNumber: number;
  cells: string[];
}

/** The file's header and its records, a parsed chunk at a time; the file is paused while the caller handles a chunk. */
export async function* csvChunks(content: Readable): AsyncGenerator<{ header: string[]; rows: CsvRow[] }> {
  // Decoding in the stream keeps a Khmer character split across two reads whole.
  content.setEncoding('utf8');
  const parsed: string[][][] = [];
  let parser: Papa.Parser | undefined;
  let ended = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const woken = () => new Promise<void>((resolve) => (wake = resolve));
  Papa.parse<string[]>(content as unknown as Papa.LocalFile, {
    ...OPTIONS,
    chunk: (results, chunkParser) => {
      parser = chunkParser;
      chunkParser.pause();
      parsed.push(results.data);
      wake?.();
    },
    complete: () => {
      ended = true;
      wake?.();
    },
    error: (error) => {
      failure = error;
      wake?.();
    },
  });
  let header: string[] | undefined;
  let rowNumber = 1;
  try {
    for (;;) {
      const data = parsed.shift();
      if (data) {
        let records = data;
        if (!header) {
          header = (data[0] ?? []).map((name, index) => (index === 0 ? name.replace(BOM, '') : name));
          records = data.slice(1);
        }
        const rows = records.map((cells) => ({ rowNumber: (rowNumber += 1), cells }));
        yield { header, rows };
        parser?.resume();
        continue;
      }
      if (failure) throw failure;
      if (ended) return;
      await woken();
    }
  } finally {
    if (!ended) {
      parser?.abort();
      content.destroy();
    }
  }
}

/** How many records the file holds: a first streaming pass, so progress can say "rows done of total". */
export async function countRecords(content: Readable): Promise<number> {
  let total = 0;
  for await (const { rows } of csvChunks(content)) total += rows.length;
  return total;
}

/** The header row and the first `rows` records as the file has them; reading stops there. */
export async function csvHead(content: Readable, rows: number): Promise<{ columns: string[]; sampleRows: string[][] }> {
  const sampleRows: string[][] = [];
  let columns: string[] = [];
  for await (const chunk of csvChunks(content)) {
    columns = chunk.header;
    sampleRows.push(...chunk.rows.slice(0, rows - sampleRows.length).map((row) => row.cells));
    if (sampleRows.length >= rows) break;
  }
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
