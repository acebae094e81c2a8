// Reading an exported CSV as a stream of records: UTF-8 with or without a BOM, quoted newlines, rows of any width.
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
