// `pnpm bench:seed`: migrates a database with the API's own migrations, then loads the synthetic dataset in one
// transaction with COPY (constraints and triggers stay on), prints rows/s per table, and marks the database
// with a fingerprint so that the same dataset is not loaded twice.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hash, type Algorithm } from '@node-rs/argon2';
import pg from 'pg';
import { runToEnd } from '../processes.js';
import { apiScript } from '../repo.js';
import { copyRows } from './copy-loader.js';
import { jointWorkTables } from './joint-work-tables.js';
import { monitoringTables } from './monitoring-tables.js';
import { partnershipTables } from './partnership-tables.js';
import { planPartnerships } from './partnerships.js';
import { rebuildRollups } from './rollups.js';
import { sizeOf, type Scale } from './scale.js';
import { serviceTables } from './service-tables.js';
import { anchorOf, buildWorld, type World } from './world.js';
import { worldTables } from './world-tables.js';

/** Every seeded account signs in with this password (a test dataset: never a real deployment). */
export const BENCH_PASSWORD = 'daikou-bench-password';
const SEED = 'daikou-bench-1';

export interface SeedFingerprint {
  seed: string;
  scale: Scale;
  anchor: string;
  code: string;
  migrations: string[];
}

export interface SeedOutcome {
  reused: boolean;
  fingerprint: SeedFingerprint;
  seconds: number;
  rows: number;
  counts: Record<string, number>;
}

/** The seeding code itself is part of the fingerprint: a changed generator means a different dataset. */
function codeHash(): string {
  const digest = createHash('sha256');
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.js')).sort()) digest.update(file).update(readFileSync(path.join(__dirname, file)));
  return digest.digest('hex').slice(0, 16);
}

export async function migrate(databaseUrl: string, logFile: string): Promise<void> {
  await runToEnd('migrate', process.execPath, [apiScript('cli/migrate.js')], { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' }, logFile);
}

async function readFingerprint(client: pg.Client): Promise<SeedFingerprint | null> {
  const [row] = (await client.query(`SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = current_database()`)).rows as { comment: string | null }[];
  try {
    return row?.comment ? (JSON.parse(row.comment) as SeedFingerprint) : null;
  } catch {
    return null;
  }
}

function sameFingerprint(a: SeedFingerprint | null, b: SeedFingerprint): boolean {
  return a !== null && JSON.stringify(a) === JSON.stringify(b);
}

/** The argon2id parameters of apps/api/src/auth/passwords.ts, so seeded accounts sign in through the real login. */
function benchPasswordHash(): Promise<string> {
  return hash(BENCH_PASSWORD, { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

export async function seedDatabase(options: { databaseUrl: string; scale: Scale; log: (line: string) => void; logDir?: string }): Promise<SeedOutcome> {
  const { databaseUrl, scale, log } = options;
  const started = performance.now();
  await migrate(databaseUrl, path.join(options.logDir ?? os.tmpdir(), `migrate-${scale}.log`));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const migrations = ((await client.query(`SELECT name FROM migrations ORDER BY id`)).rows as { name: string }[]).map((r) => r.name);
    const anchor = anchorOf(new Date());
    const fingerprint: SeedFingerprint = { seed: SEED, scale, anchor: anchor.toISOString().slice(0, 10), code: codeHash(), migrations };
    if (sameFingerprint(await readFingerprint(client), fingerprint)) {
      log(`${scale}: the database already holds this dataset (${fingerprint.anchor}, code ${fingerprint.code}); reused`);
      return { reused: true, fingerprint, seconds: (performance.now() - started) / 1000, rows: 0, counts: await countRows(client) };
    }
    const [{ count } = { count: 0 }] = (await client.query(`SELECT count(*)::int AS count FROM organizations`)).rows as { count: number }[];
    if (count > 0) throw new Error('The database already has organisations and is not this bench dataset: seed into an empty database.');

    const size = sizeOf(scale);
    const world: World = buildWorld(SEED, size.organizations, anchor);
    const plans = planPartnerships(SEED, size.partnerships, world);
    const loads = [
      ...worldTables(world, await benchPasswordHash()),
      ...partnershipTables(plans, world),
      ...jointWorkTables(SEED, plans, world, size.occurrences),
      ...monitoringTables(SEED, plans, world, size.indicatorValues),
      ...serviceTables(SEED, plans, world, { scorecards: size.scorecards, feedback: size.feedback }),
    ];
    log(`${scale}: loading ${loads.length} tables (dataset as of ${fingerprint.anchor})`);
    let rows = 0;
    const loadStarted = performance.now();
    await client.query('BEGIN');
    // The dashboards' per-row refresh triggers would ask for a refresh of each partnership once per row (and a
    // transaction-local setting per partnership, which PostgreSQL keeps in a list that grows with each name);
    // the full rebuild after the load computes every partnership at once. They are off for this transaction only.
    const refreshTriggers = (await client.query(`
      SELECT c.relname AS "table", t.tgname AS "trigger" FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
       WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND t.tgname LIKE '%\\_insight'`)).rows as { table: string; trigger: string }[];
    for (const { table, trigger } of refreshTriggers) await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER "${trigger}"`);
    for (const load of loads) {
      const tableStarted = performance.now();
      const loaded = await copyRows(client, load);
      const seconds = (performance.now() - tableStarted) / 1000;
      rows += loaded;
      log(`  ${load.table.padEnd(26)} ${String(loaded).padStart(9)} rows  ${seconds.toFixed(1).padStart(6)} s  ${Math.round(loaded / Math.max(seconds, 0.001)).toLocaleString('en').padStart(9)} rows/s`);
    }
    for (const { table, trigger } of refreshTriggers) await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER "${trigger}"`);
    await client.query('COMMIT');
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    log(`${scale}: ${rows.toLocaleString('en')} rows in ${loadSeconds.toFixed(1)} s = ${Math.round(rows / loadSeconds).toLocaleString('en')} rows/s (generation, COPY, constraint checks)`);
    await client.query('ANALYZE');
    const rebuilt = await rebuildRollups(databaseUrl, path.join(options.logDir ?? os.tmpdir(), `rollups-${scale}.log`));
    if (rebuilt) log(`${scale}: ${rebuilt}`);
    await client.query(`COMMENT ON DATABASE "${(await client.query('SELECT current_database() AS name')).rows[0].name}" IS ${pg.escapeLiteral(JSON.stringify(fingerprint))}`);
    return { reused: false, fingerprint, seconds: (performance.now() - started) / 1000, rows, counts: await countRows(client) };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** The dataset's size in the terms. */
async function countRows(client: pg.Client): Promise<Record<string, number>> {
  const [row] = (await client.query(`
    SELECT (SELECT count(*) FROM organizations)::int AS organizations,
           (SELECT count(*) FROM partnerships)::int AS partnerships,
           (SELECT count(*) FROM partnership_transitions)::int AS transitions,
           (SELECT count(*) FROM commitment_occurrences)::int AS occurrences,
           (SELECT count(*) FROM commitment_ratings)::int AS ratings,
           (SELECT count(*) FROM indicators)::int AS indicators,
           (SELECT coalesce(sum(jsonb_array_length("values")), 0) FROM report_versions)::int AS "indicatorValues",
           (SELECT count(*) FROM scorecards)::int AS scorecards,
           (SELECT count(*) FROM feedback)::int AS feedback`)).rows as Record<string, number>[];
  return row!;
}
