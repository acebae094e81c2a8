// Where uploaded files live, behind one small interface: local disk today, something shared tomorrow.
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';

export interface StoredFile {
  size: number;
  /** Hex SHA-256 of the bytes written. */
  sha256: string;
}

export interface FileStore {
  /** Writes the whole content under `key` (a key from `newFileKey`), all or nothing. */
  put(key: string, content: Readable | Buffer): Promise<StoredFile>;
  /** The content under `key`; a missing file errors on the stream. */
  open(key: string): Readable;
  /** Removes the content under `key`; removing a missing key is not an error. */
  remove(key: string): Promise<void>;
}

export const FILE_STORE = Symbol('FILE_STORE');

/** Keys are generated, never derived from what the uploader called the file. */
export function newFileKey(): string {
  return randomUUID();
}

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Refuses anything that is not a generated key, so no key can point outside the store. */
export function checkedKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`Not a file key: ${JSON.stringify(key)}`);
  return key;
}
