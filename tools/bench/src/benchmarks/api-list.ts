// api-list: GET /api/partnerships?province=&status= (a page of 50) at national scale, as a reviewer (everything)
// and as the officer who sees the most (a provincial administration: its own partnerships and those it endorses),
// against the same SQL through bare `pg` in a minimal node:http server. Goal: ≥ 0.5 of the baseline's req/s.
import path from 'node:path';
import pg from 'pg';
import { startProcess, waitForHttp } from '../processes.js';
import { signIn, freePort, type BenchContext } from '../run/bench-context.js';
import { assertClean, measureLoad, type LoadResult } from '../run/http-load.js';
import { ratioAtLeast, type BenchmarkResult } from '../run/results.js';
import { benchUsers } from './bench-users.js';

const CONNECTIONS = 10;
const WARMUP_SECONDS = 3;
const SECONDS = 10;
const ROUNDS = 2;

interface ListCase {
  name: string;
  email: string;
  province: string;
  status: string;
}

/** The reviewer and the busiest officer, each in the province where they see the most partnerships. */
async function listCases(databaseUrl: string): Promise<ListCase[]> {
  const users = await benchUsers(databaseUrl);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [officerProvince] = (await client.query(`
      SELECT unnest(p.province_codes) AS province, count(*) AS n FROM partnerships p
       WHERE EXISTS (SELECT 1 FROM partnership_parties pp JOIN organizations o ON o.id = pp.organization_id
                      WHERE pp.partnership_id = p.id AND (pp.organization_id = $1 OR o.endorsing_organization_id = $1))
       GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`, [users.officerOrganizationId])).rows as { province: string }[];
    const [busiestProvince] = (await client.query(`SELECT unnest(province_codes) AS province, count(*) FROM partnerships GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`)).rows as { province: string }[];
    return [
      { name: `reviewer, province ${busiestProvince!.province}, active`, email: users.reviewerEmail, province: busiestProvince!.province, status: 'active' },
      { name: `officer (sees ${users.officerSees}), province ${officerProvince!.province}, active`, email: users.officerEmail, province: officerProvince!.province, status: 'active' },
    ];
  } finally {
    await client.end();
  }
}

function describe(load: LoadResult): string {
  return `${Math.round(load.requestsPerSecond)} req/s, p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms`;
}

export async function apiListBenchmark(context: BenchContext): Promise<BenchmarkResult> {
  const startedAt = new Date();
  const databaseUrl = await context.dataset('national');
  const cases = await listCases(databaseUrl);
  const api = await context.startApi(databaseUrl, 'api-list');
  const port = await freePort();
  const baseline = context.track(
    startProcess('baseline list server', process.execPath, [path.join(__dirname, '..', 'baselines', 'partnership-list-server.js')], { PATH: process.env.PATH, DATABASE_URL: databaseUrl, PORT: String(port) }, path.join(context.workDir, 'baseline-list.log')),
  );
  const baselineUrl = `http://127.0.0.1:${port}`;
  await waitForHttp(baseline, `${baselineUrl}/api/health`);
  const rounds: Record<string, { api: LoadResult; baseline: LoadResult }[]> = {};
  try {
    for (const listCase of cases) {
      const token = await signIn(api.url, listCase.email);
      const query = `/api/partnerships?province=${listCase.province}&status=${listCase.status}`;
      const headers = { authorization: `Bearer ${token}` };
      const ids = async (url: string) => ((await (await fetch(`${url}${query}`, { headers })).json()) as { items: { id: string }[] }).items.map((item) => item.id);
      const apiPage = await ids(api.url);
      if (JSON.stringify(apiPage) !== JSON.stringify(await ids(baselineUrl))) throw new Error(`api-list: the baseline answers ${listCase.name} with other partnerships than the API`);
      context.log(`api-list: ${listCase.name} → ${apiPage.length} items per page`);
      rounds[listCase.name] = [];
      // Alternating rounds: a slow moment of the machine hits both sides alike.
      for (let round = 0; round < ROUNDS; round += 1) {
        const run = async (url: string, label: string) => {
          await measureLoad({ url: `${url}${query}`, headers, connections: CONNECTIONS, seconds: WARMUP_SECONDS });
          return assertClean(`${label} ${listCase.name}`, await measureLoad({ url: `${url}${query}`, headers, connections: CONNECTIONS, seconds: SECONDS }));
        };
        const base = await run(baselineUrl, 'baseline');
        const measured = await run(api.url, 'API');
        context.log(`api-list: ${listCase.name} round ${round + 1}: API ${describe(measured)}; baseline ${describe(base)}`);
        rounds[listCase.name]!.push({ api: measured, baseline: base });
      }
    }
  } finally {
    await context.stop(baseline);
    await context.stop(api.process);
  }
  const best = (runs: LoadResult[]) => runs.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));
  return {
    name: 'api-list',
    startedAt: startedAt.toISOString(),
    seconds: (Date.now() - startedAt.getTime()) / 1000,
    measurements: cases.map((listCase) => {
      const measured = best(rounds[listCase.name]!.map((r) => r.api));
      const base = best(rounds[listCase.name]!.map((r) => r.baseline));
      return ratioAtLeast('api-list', listCase.name, { value: measured.requestsPerSecond, text: describe(measured) }, { value: base.requestsPerSecond, text: describe(base) }, 0.5);
    }),
    details: { connections: CONNECTIONS, seconds: SECONDS, rounds, cases },
  };
}
