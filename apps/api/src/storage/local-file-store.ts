// FileStore on local disk (or a mounted shared volume) under DAIKOU_FILES_DIR.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { checkedKey, type FileStore, type StoredFile } from './file-store';

export class LocalFileStore implements FileStore {
  constructor(readonly dir: string) {}

  async put(key: string, content: Readable | Buffer): Promise<StoredFile> {
    const target = this.pathOf(key);
    // Two levels of sub-directories keep any one directory small.
    await mkdir(path.dirname(target), { recursive: true });
    const partial = `${target}.${randomBytes(6).toString('hex')}.partial`;
    const hash = createHash('sha256');
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        size += chunk.length;
        callback(null, chunk);
      },
    });
    const source = Buffer.isBuffer(content) ? Readable.from([content]) : content;
    try {
      await pipeline(source, measure, createWriteStream(partial, { flags: 'wx', mode: 0o640 }));
      // Renamed into place: a reader never sees half a file.
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return { size, sha256: hash.digest('hex') };
  }

  open(key: string): Readable {
    return createReadStream(this.pathOf(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    const checked = checkedKey(key);
    return path.join(this.dir, checked.slice(0, 2), checked.slice(2, 4), checked);
  }
}
