// Streams generated rows into a table with COPY … FROM STDIN, in chunks, respecting the socket's back-pressure.
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { copyLine } from './copy-text.js';
import type { TableLoad } from './table-load.js';

const CHUNK_CHARS = 1 << 18;

export async function copyRows(client: ClientBase, load: TableLoad): Promise<number> {
  const columns = load.columns.map((c) => `"${c}"`).join(', ');
  const stream = client.query(copyFrom(`COPY "${load.table}" (${columns}) FROM STDIN`));
  let chunk = '';
  let count = 0;
  for (const row of load.rows()) {
    chunk += copyLine(row);
    count += 1;
    if (chunk.length >= CHUNK_CHARS) {
      if (!stream.write(chunk)) await once(stream, 'drain');
      chunk = '';
    }
  }
  stream.end(chunk);
  await finished(stream);
  return count;
}
