// import: a 100,000-row KoboToolbox-style scorecard CSV uploaded to POST /api/imports/scorecards and imported by the
// job in a worker process, on a copy of the national dataset: rows/s from upload to completion, and the resident
// memory of the API and worker sampled while it runs. Baseline: COPY of the same file into a plain table.
// Goals: ≥ 0.25 of COPY's rows/s; the worker's memory flat (its peak in the second half of the job ≤ +25% of the first's).
import { createReadStream, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { loadApiModule } from '../api-modules.js';
import { rssOf, startProcess, waitForLog } from '../processes.js';
import { clientAddress, signIn, type BenchContext } from '../run/bench-context.js';
import { limit, ratioAtLeast, type BenchmarkResult } from '../run/results.js';
import { CSV_COLUMNS, KOBO_MAPPING, writeScorecardCsv } from './scorecard-csv.js';

const ROWS = 100_000;
const SAMPLE_MS = 250;
/** Memory is flat when the job's second half peaks at most this much above its first half. */
const FLAT_GROWTH = 0.25;

interface ImportSummary {
  imported: number;
  failed: number;
  errors: { row: number; reason: string }[];
}

interface Sample {
  at: number;
  done: number;
  total: number;
  apiRss: number;
  workerRss: number;
}

const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

/** An active partnership with a non-state officer who may import into it, and service points to name in the file. */
async function importTarget(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [target] = (await client.query(`
      SELECT p.id AS "partnershipId", u.email FROM partnerships p
        JOIN partnership_parties pp ON pp.partnership_id = p.id
        JOIN users u ON u.organization_id = pp.organization_id AND u.role = 'cso_officer' AND NOT u.is_signatory
       WHERE p.status = 'active' ORDER BY p.id LIMIT 1`)).rows as { partnershipId: string; email: string }[];
    const points = (await client.query(`SELECT id FROM service_points ORDER BY id LIMIT 200`)).rows as { id: string }[];
    return { ...target!, servicePointIds: points.map((p) => p.id) };
  } finally {
    await client.end();
  }
}

/** Baseline: the same file into a plain table with COPY, rows/s. */
async function copyBaseline(databaseUrl: string, file: string): Promise<{ rows: number; seconds: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const types: Record<string, string> = { [KOBO_MAPPING.servicePointId]: 'uuid', [KOBO_MAPPING.date]: 'date', _id: 'integer' };
    for (const column of Object.values(KOBO_MAPPING.participants)) types[column] = 'integer';
    for (const c of KOBO_MAPPING.criteria) types[c.citizenScoreColumn] = types[c.providerScoreColumn] = 'numeric';
    await client.query(`CREATE TABLE bench_import_copy (${CSV_COLUMNS.map((c) => `"${c}" ${types[c] ?? 'text'}`).join(', ')})`);
    const started = performance.now();
    await pipeline(createReadStream(file), client.query(copyFrom(`COPY bench_import_copy FROM STDIN WITH (FORMAT csv, HEADER true)`)));
    const seconds = (performance.now() - started) / 1000;
    const [{ rows }] = (await client.query(`SELECT count(*)::int AS rows FROM bench_import_copy`)).rows as [{ rows: number }];
    await client.query(`DROP TABLE bench_import_copy`);
    return { rows, seconds };
  } finally {
    await client.end();
  }
}

/**
 * What the database alone needs to store the imported rounds in the real table (foreign keys, three indexes, the
 * dashboards' row trigger held back as the import holds it back): the imported rows inserted once more by one SQL
 * statement, rolled back. Context for the ratio against COPY into a plain table, which has none of these.
 */
async function insertFloor(databaseUrl: string, partnershipId: string): Promise<{ rows: number; seconds: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const { holdBackRefreshSql } = loadApiModule<{ holdBackRefreshSql(partnershipParameter: string): string }>('insight/refresh-later.js');
    await client.query(`SELECT ${holdBackRefreshSql('$1')}`, [partnershipId]);
    const started = performance.now();
    const inserted = await client.query(
      `INSERT INTO scorecards (id, partnership_id, service_point_id, date, facilitating_organization_id, participants, criteria, created_by)
       SELECT gen_random_uuid(), s.partnership_id, s.service_point_id, s.date, s.facilitating_organization_id, s.participants, s.criteria, s.created_by
         FROM scorecards s JOIN scorecard_import_rows r ON r.scorecard_id = s.id`,
    );
    const seconds = (performance.now() - started) / 1000;
    await client.query('ROLLBACK');
    return { rows: inserted.rowCount ?? 0, seconds };
  } finally {
    await client.end();
  }
}

export async function importBenchmark(context: BenchContext): Promise<BenchmarkResult> {
  const startedAt = new Date();
  const databaseUrl = await context.scratchDatabase(await context.dataset('national'));
  const target = await importTarget(databaseUrl);
  const file = path.join(context.workDir, 'kobo-scorecards.csv');
  await writeScorecardCsv(file, ROWS, target.servicePointIds, new Date());
  context.log(`import: ${ROWS} rows, ${mb(statSync(file).size)} of CSV, into an active partnership as ${target.email}`);

  const baseline = await copyBaseline(databaseUrl, file);
  context.log(`import: COPY into a plain table: ${baseline.rows} rows in ${baseline.seconds.toFixed(2)} s`);

  await context.flushRedis();
  const api = await context.startApi(databaseUrl, 'import');
  // The API's worker with every handler, without the periodic jobs (see daikou-app.ts): the import is measured alone.
  const worker = context.track(startProcess('worker', process.execPath, [path.join(__dirname, '..', 'jobs', 'daikou-worker.js')], context.appEnv(databaseUrl), path.join(context.workDir, 'import-worker.log')));
  const samples: Sample[] = [];
  let seconds = 0;
  let result: ImportSummary | null = null;
  try {
    await waitForLog(worker, 'worker ready');
    const token = await signIn(api.url, target.email);
    const headers = { authorization: `Bearer ${token}` };
    const form = new FormData();
    form.set('partnershipId', target.partnershipId);
    form.set('mapping', JSON.stringify(KOBO_MAPPING));
    form.set('file', new Blob([readFileSync(file)], { type: 'text/csv' }), 'kobo-scorecards.csv');
    const started = performance.now();
    const upload = await fetch(`${api.url}/api/imports/scorecards`, { method: 'POST', headers: { ...headers, 'x-forwarded-for': clientAddress() }, body: form });
    if (upload.status !== 202) throw new Error(`import: upload answered ${upload.status}: ${await upload.text()}`);
    const { jobId } = (await upload.json()) as { jobId: string };
    for (;;) {
      const job = (await (await fetch(`${api.url}/api/jobs/${jobId}`, { headers: { ...headers, 'x-forwarded-for': clientAddress() } })).json()) as {
        status: string; progress: { done: number; total: number } | null; result: ImportSummary | null; error: string | null;
      };
      samples.push({ at: (performance.now() - started) / 1000, done: job.progress?.done ?? 0, total: job.progress?.total ?? ROWS, apiRss: rssOf(api.process.pid), workerRss: rssOf(worker.pid) });
      if (job.status === 'failed') throw new Error(`import: the job failed: ${job.error}`);
      if (job.status === 'completed') {
        seconds = (performance.now() - started) / 1000;
        result = job.result!;
        break;
      }
      await sleep(SAMPLE_MS);
    }
  } finally {
    await context.stop(worker);
    await context.stop(api.process);
  }
  if (result?.imported !== ROWS) throw new Error(`import: ${result?.imported} of ${ROWS} rows imported (${result?.failed} refused): ${JSON.stringify(result?.errors.slice(0, 3))}`);
  const floor = await insertFloor(databaseUrl, target.partnershipId);
  context.log(`import: PostgreSQL alone, the same ${floor.rows} rounds inserted again into scorecards (its keys, indexes, trigger): ${floor.seconds.toFixed(2)} s = ${Math.round(floor.rows / floor.seconds)} rows/s, ${(floor.rows / floor.seconds / (baseline.rows / baseline.seconds)).toFixed(2)} of COPY into a plain table`);
  const rate = ROWS / seconds;
  const baseRate = baseline.rows / baseline.seconds;
  // V8 collects in a sawtooth, so single samples say little: the tops of the two halves of the job are compared.
  const peakOf = (part: Sample[]) => Math.max(0, ...part.map((s) => s.workerRss));
  const firstHalf = peakOf(samples.filter((s) => s.done <= s.total / 2));
  const secondHalf = peakOf(samples.filter((s) => s.done > s.total / 2));
  const peakApi = Math.max(...samples.map((s) => s.apiRss));
  const growth = secondHalf / firstHalf - 1;
  context.log(`import: ${ROWS} rows in ${seconds.toFixed(1)} s; worker peak ${mb(firstHalf)} in the first half, ${mb(secondHalf)} in the second; API peak ${mb(peakApi)}`);
  return {
    name: 'import',
    startedAt: startedAt.toISOString(),
    seconds: (Date.now() - startedAt.getTime()) / 1000,
    measurements: [
      ratioAtLeast('import', `${ROWS.toLocaleString('en')}-row Kobo CSV: upload → job done`, { value: rate, text: `${Math.round(rate)} rows/s (${seconds.toFixed(1)} s)` }, { value: baseRate, text: `COPY ${Math.round(baseRate)} rows/s (${baseline.seconds.toFixed(2)} s)` }, 0.25),
      limit(
        'import', 'peak memory (RSS) while importing', `worker ${mb(firstHalf)} → ${mb(secondHalf)} (first → second half, ${growth >= 0 ? '+' : ''}${Math.round(growth * 100)}%), API ${mb(peakApi)}`,
        `flat: ≤ +${FLAT_GROWTH * 100}%`, growth <= FLAT_GROWTH,
      ),
    ],
    details: { rows: ROWS, fileBytes: statSync(file).size, seconds, baseline, floor, samples },
  };
}
