// Deterministic row ids: a random-looking version-4 UUID per (table, index), so tables can refer to each other's rows
// without keeping them in memory, and ids are spread over the key space like gen_random_uuid()'s.

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** murmur3's finaliser: a bijection on 32-bit integers that mixes every input bit into every output bit. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function bytesOf(word: number): string {
  return HEX[(word >>> 24) & 255]! + HEX[(word >>> 16) & 255]! + HEX[(word >>> 8) & 255]! + HEX[word & 255]!;
}

/** The id of row `index` of the table numbered `table`; distinct (table, index) pairs give distinct ids. */
export function rowId(table: number, index: number): string {
  // The first word is a bijection of the index (unique within a table); the table number is kept in clear in the last word.
  const w0 = mix32(index ^ Math.imul(table, 0x9e3779b9));
  const w1 = mix32(w0 ^ 0x68e31da4);
  const w2 = mix32(w1 ^ 0xb5297a4d);
  const w3 = ((mix32(w2 ^ 0x1b56c4e9) & 0xffff0000) | (table & 0xffff)) >>> 0;
  const version = ((w1 & 0xffff0fff) | 0x00004000) >>> 0;
  const variant = ((w2 & 0x3fffffff) | 0x80000000) >>> 0;
  const a = bytesOf(w0);
  const b = bytesOf(version);
  const c = bytesOf(variant);
  const d = bytesOf(w3);
  return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
}
