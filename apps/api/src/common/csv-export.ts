// Lists downloaded as CSV (`?format=csv&lang=km|en`): UTF-8 with a BOM so that Excel reads Khmer, written row by
// row as the rows arrive, so an export never holds the whole table in memory.
import { pipeline, Readable } from 'node:stream';
import { applyDecorators, StreamableFile } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { stringify } from 'csv-stringify';
import { z } from 'zod';
import { LOCALES, validationMessage, type Bilingual, type Locale } from '@daikou/domain';
import { ApiJson } from './zod';

/** Query fields of every list that can be downloaded: `format=csv` for the file, `lang` for its column headers. */
export const exportFields = {
  format: z.enum(['json', 'csv'], { error: () => validationMessage('option_invalid') }).optional(),
  lang: z.enum(LOCALES, { error: () => validationMessage('option_invalid') }).optional(),
};
export const exportQuery = z.object(exportFields);
export type ExportQuery = z.infer<typeof exportQuery>;

export const wantsCsv = (query: { format?: 'json' | 'csv' }) => query.format === 'csv';

export type CsvCell = string | number | boolean | Date | null | undefined;

/** One column of an export: its header in both languages and how a row fills it. */
export interface CsvColumn<R> {
  header: Bilingual;
  value: (row: R) => CsvCell;
}

export const BATCH_SIZE = 500;

/** A keyset-ordered query fetched `size` rows at a time, batch by batch, until a batch comes back short. */
export async function* batchesOf<R, K>(fetch: (after: K | null, limit: number) => Promise<R[]>, keyOf: (row: R) => K, size = BATCH_SIZE): AsyncGenerator<R[]> {
  let after: K | null = null;
  for (;;) {
    const batch = await fetch(after, size);
    if (batch.length > 0) yield batch;
    if (batch.length < size) return;
    after = keyOf(batch[batch.length - 1]!);
  }
}

/** The rows of a keyset-ordered query, fetched `size` at a time: only one batch is in memory at once. */
export async function* inBatches<R, K>(fetch: (after: K | null, limit: number) => Promise<R[]>, keyOf: (row: R) => K, size = BATCH_SIZE): AsyncGenerator<R> {
  for await (const batch of batchesOf(fetch, keyOf, size)) yield* batch;
}

/** Rows of `rows` turned into other rows, lazily. */
export async function* mapRows<R, T>(rows: AsyncIterable<R>, map: (row: R) => T): AsyncGenerator<T> {
  for await (const row of rows) yield map(row);
}

/**
 * A CSV download: the header row, then one line per row as the iterable yields it. Cells that a spreadsheet would
 * run as a formula (=, +, -, @ …) are prefixed with an apostrophe: feedback and names come from outside.
 */
export function csvFile(fileName: string, header: readonly string[], rows: AsyncIterable<readonly CsvCell[]>): StreamableFile {
  const csv = stringify({
    bom: true,
    record_delimiter: 'windows',
    escape_formulas: true,
    cast: { boolean: (value) => (value ? 'true' : 'false'), date: (value) => value.toISOString() },
  });
  const withHeader = Readable.from(
    (async function* () {
      yield header;
      yield* rows;
    })(),
  );
  // An error while reading (the database went away) destroys the download, which the client sees as cut off.
  pipeline(withHeader, csv, () => undefined);
  return new StreamableFile(csv, {
    type: 'text/csv; charset=utf-8',
    disposition: `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`,
  });
}

/** A CSV download of `rows` with `columns`, headers in `lang` (English unless asked). */
export function csvExport<R>(fileName: string, columns: readonly CsvColumn<R>[], rows: AsyncIterable<R> | Iterable<R>, lang: Locale = 'en'): StreamableFile {
  const source: AsyncIterable<R> = Symbol.asyncIterator in rows ? rows : (async function* () { yield* rows; })();
  return csvFile(
    fileName,
    columns.map((column) => column.header[lang]),
    mapRows(source, (row) => columns.map((column) => column.value(row))),
  );
}

/** Documents a list answered as JSON, or with `?format=csv` as a CSV file. */
export function ApiJsonOrCsv(name: string, schema: z.ZodType) {
  return applyDecorators(
    // Registers the schema as a component; the response below (same status) replaces this one's description.
    ApiJson(200, name, schema),
    ApiResponse({
      status: 200,
      description: 'The list as JSON, or with `format=csv` as a CSV file (UTF-8 with BOM; `lang=km` for Khmer column headers)',
      content: {
        'application/json': { schema: { $ref: `#/components/schemas/${name}` } },
        'text/csv': { schema: { type: 'string' } },
      },
    }),
  );
}
