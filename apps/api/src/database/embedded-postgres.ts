// Embedded mode: PostgreSQL compiled to WASM (PGlite), served on a loopback port by pglite-socket so that
// TypeORM's ordinary `postgres` driver (and psql) talk to it exactly as to a real server.
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(dataDir: string, maxConnections: number): Promise<EmbeddedPostgres> {
  const release = lockDataDir(dataDir);
  let db: PGlite | undefined;
  let server: PGLiteSocketServer | undefined;
  try {
    db = await PGlite.create(path.join(dataDir, 'pgdata'));
    server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections });
    await server.start();
  } catch (error) {
    await server?.stop().catch(() => undefined);
    await db?.close().catch(() => undefined);
    release();
    throw error;
  }
  const [host, port] = server!.getServerConn().split(':');
  let stopped = false;
  return {
    url: `postgres://postgres@${host}:${port}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server!.stop();
      await db!.close();
      release();
    },
  };
}
