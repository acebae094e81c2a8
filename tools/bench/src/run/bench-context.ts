// What every benchmark needs: the PostgreSQL server and Redis it runs on, seeded datasets (reused when their
// fingerprint matches), throwaway copies of them, free ports, API processes and signed-in users.
import { mkdirSync, mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { startProcess, waitForHttp, type RunningProcess } from '../processes.js';
import { apiScript, WEB_DIST } from '../repo.js';
import { migrate, seedDatabase, BENCH_PASSWORD } from '../seed/seed-database.js';
import type { Scale } from '../seed/scale.js';

/** The Redis database the benchmarks use (and empty between runs), apart from any tests sharing the server. */
const BENCH_REDIS_DB = 9;

export interface ApiProcess {
  url: string;
  process: RunningProcess;
}

export class BenchContext {
  readonly workDir: string;
  readonly redisUrl: string;
  private readonly seeded = new Map<Scale, Promise<string>>();
  private readonly running = new Set<RunningProcess>();
  private copies = 0;

  constructor(
    private readonly serverUrl: string,
    redisServerUrl: string,
    readonly log: (line: string) => void,
  ) {
    this.workDir = mkdtempSync(path.join(os.tmpdir(), 'daikou-bench-'));
    const redis = new URL(redisServerUrl);
    redis.pathname = `/${BENCH_REDIS_DB}`;
    this.redisUrl = redis.toString();
  }

  databaseUrl(name: string): string {
    const url = new URL(this.serverUrl);
    url.pathname = `/${name}`;
    return url.toString();
  }

  private async admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: this.serverUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  /** The seeded database of this scale: seeded once per server and kept (`daikou_bench_<scale>`), reseeded when stale. */
  dataset(scale: Scale): Promise<string> {
    let pending = this.seeded.get(scale);
    if (!pending) {
      pending = this.seedDataset(scale);
      this.seeded.set(scale, pending);
    }
    return pending;
  }

  private async seedDataset(scale: Scale): Promise<string> {
    const name = `daikou_bench_${scale}`;
    const url = this.databaseUrl(name);
    const exists = await this.admin(async (client) => (await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount === 1);
    if (!exists) await this.admin((client) => client.query(`CREATE DATABASE "${name}"`));
    try {
      await seedDatabase({ databaseUrl: url, scale, log: this.log, logDir: this.workDir });
    } catch (error) {
      // A stale or half-loaded dataset of ours: start again from an empty database.
      if (!(error instanceof Error) || !error.message.includes('is not this bench dataset')) throw error;
      this.log(`${scale}: the kept dataset is stale; seeding it again`);
      await this.admin(async (client) => {
        await client.query(`DROP DATABASE "${name}" WITH (FORCE)`);
        await client.query(`CREATE DATABASE "${name}"`);
      });
      await seedDatabase({ databaseUrl: url, scale, log: this.log, logDir: this.workDir });
    }
    return url;
  }

  /** A throwaway copy of a database (for benchmarks that write), or an empty migrated one; dropped by close(). */
  async scratchDatabase(template: string | null): Promise<string> {
    const name = `daikou_bench_scratch_${process.pid}_${(this.copies += 1)}`;
    const templateName = template ? new URL(template).pathname.slice(1) : null;
    await this.admin((client) => client.query(templateName ? `CREATE DATABASE "${name}" TEMPLATE "${templateName}"` : `CREATE DATABASE "${name}"`));
    const url = this.databaseUrl(name);
    if (!templateName) await migrate(url, path.join(this.workDir, `migrate-${name}.log`));
    return url;
  }

  /** This run's scratch databases, and those a run that died left behind. */
  async dropScratchDatabases(): Promise<void> {
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return pid !== process.pid;
      } catch {
        return false;
      }
    };
    await this.admin(async (client) => {
      const names = (await client.query(`SELECT datname FROM pg_database WHERE datname LIKE 'daikou\\_bench\\_scratch\\_%'`)).rows as { datname: string }[];
      for (const { datname } of names) {
        const pid = Number(/^daikou_bench_scratch_(\d+)_/.exec(datname)?.[1]);
        if (!alive(pid)) await client.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
      }
    });
  }

  async flushRedis(): Promise<void> {
    const redis = new Redis(this.redisUrl, { maxRetriesPerRequest: 1 });
    try {
      await redis.flushdb();
    } finally {
      redis.disconnect();
    }
  }

  /** The environment of an API or worker process on `databaseUrl`, as a scaled deployment runs them. */
  appEnv(databaseUrl: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    const files = path.join(this.workDir, 'files');
    mkdirSync(files, { recursive: true });
    return {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      REDIS_URL: this.redisUrl,
      DAIKOU_FILES_DIR: files,
      DAIKOU_DOCUMENTS_DIR: path.join(this.workDir, 'documents'),
      DAIKOU_WEB_DIST: WEB_DIST,
      // Load comes from many addresses behind one proxy, as in production: the per-address limit applies to each.
      DAIKOU_TRUST_PROXY: '1',
      LOG_LEVEL: 'info',
      ...extra,
    };
  }

  /** An API process (dist/main.js) on a free port; stopped by stopAll(). */
  async startApi(databaseUrl: string, label: string, extra: NodeJS.ProcessEnv = {}): Promise<ApiProcess> {
    const port = await freePort();
    const running = startProcess(`API (${label})`, process.execPath, [apiScript('main.js')], this.appEnv(databaseUrl, { PORT: String(port), ...extra }), path.join(this.workDir, `api-${label}-${port}.log`));
    this.running.add(running);
    const url = `http://127.0.0.1:${port}`;
    await waitForHttp(running, `${url}/api/health`);
    return { url, process: running };
  }

  track(running: RunningProcess): RunningProcess {
    this.running.add(running);
    return running;
  }

  async stop(running: RunningProcess): Promise<void> {
    await running.stop();
    this.running.delete(running);
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.running].map((running) => running.stop()));
    this.running.clear();
  }
}

const TEST_NETS = ['192.0.2', '198.51.100', '203.0.113'];
let clients = 0;

/**
 * Another client address at each call, round the three IPv4 documentation networks (768 addresses): a header value,
 * never a destination. IPv4, because the API's rate limiter counts a whole IPv6 subnet as one client.
 */
export function clientAddress(): string {
  clients = (clients + 1) % (TEST_NETS.length * 256);
  return `${TEST_NETS[clients >> 8]}.${clients & 255}`;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A session token for a seeded account, through the real login. */
export async function signIn(apiUrl: string, email: string): Promise<string> {
  const response = await fetch(`${apiUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': clientAddress() },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`Sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}
