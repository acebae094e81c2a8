import type { CopyValue } from './copy-text.js';

/** The rows of one table, generated on demand and streamed to COPY in this column order. */
export interface TableLoad {
  table: string;
  columns: readonly string[];
  rows: () => Iterable<readonly CopyValue[]>;
}
