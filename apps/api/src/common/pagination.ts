import { validationMessage } from '@daikou/domain';
// Keyset pagination for every list: `{items, nextCursor}`; the cursor is the last row's sort key, opaque to clients.
import { z } from 'zod';
import { Problem } from './problem';

export const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export const cursorParts = {
  text: z.string().max(500),
  uuid: z.uuid(),
  digits: z.string().regex(/^\d{1,19}$/),
  offset: z.number().int().min(0).max(100_000),
};

/** Decodes a cursor made by encodeCursor, checking each part's type (an edited cursor is a 422, never a 500). */
export function decodeCursor<const P extends readonly z.ZodType[]>(
  cursor: string | undefined,
  parts: P,
): { [K in keyof P]: z.output<P[K]> } | null {
  if (!cursor) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const parsed = z.tuple(parts as unknown as [z.ZodType, ...z.ZodType[]]).safeParse(key);
    if (parsed.success) return parsed.data as { [K in keyof P]: z.output<P[K]> };
  } catch {
    // fall through to the problem below
  }
  throw new Problem('validation', 'The cursor is not valid', [{ path: 'query.cursor', message: validationMessage('cursor_invalid') }]);
}

/** Rows fetched with `limit + 1`: the extra row tells whether there is a next page. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => unknown[]): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
