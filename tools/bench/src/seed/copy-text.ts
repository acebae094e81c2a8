// Values in PostgreSQL's COPY text format: tab-separated columns, \N for NULL, backslash escapes.

export type CopyValue = string | number | boolean | null | undefined | Date | readonly string[] | CopyJson;

/** A value to be written as json/jsonb. */
export class CopyJson {
  constructor(readonly value: unknown) {}
}

export const json = (value: unknown): CopyJson => new CopyJson(value);

const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escapeText(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (c) => ESCAPES[c]!) : text;
}

/** An array literal with every element quoted, so spaces, commas and braces inside elements are safe. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

export function copyValue(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') return escapeText(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  if (value instanceof CopyJson) return escapeText(JSON.stringify(value.value));
  return escapeText(arrayLiteral(value as readonly string[]));
}

export function copyLine(values: readonly CopyValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i += 1) {
    if (i > 0) line += '\t';
    line += copyValue(values[i]);
  }
  return `${line}\n`;
}
