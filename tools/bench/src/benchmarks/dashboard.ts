// dashboard: GET /api/dashboard/portfolio and /api/dashboard/cycle-times, as a reviewer (national sums) and as the
// busiest officer (its partnerships' entries), against a primary-key lookup on the same API process
// (GET /api/organizations/:id). Goals: p50 ≤ 3× the lookup's at national scale, and national ≤ 1.5× small.
import { signIn, type BenchContext } from '../run/bench-context.js';
import { measureLatency, type LatencyResult } from '../run/latency.js';
import { ratioAtMost, type BenchmarkResult, type Measurement } from '../run/results.js';
import type { Scale } from '../seed/scale.js';
import { benchUsers } from './bench-users.js';

const ROUNDS = 2;
const REQUESTS = 200;
const CONCURRENCY = 2;
const WARMUP = 10;
const MAX_SECONDS = 15;
const LOOKUP = 'primary-key lookup';

interface Endpoint {
  name: string;
  path: (organizationId: string) => string;
  as: 'reviewer' | 'officer';
}

const ENDPOINTS: Endpoint[] = [
  { name: LOOKUP, path: (organizationId) => `/api/organizations/${organizationId}`, as: 'reviewer' },
  { name: 'portfolio, reviewer', path: () => '/api/dashboard/portfolio', as: 'reviewer' },
  { name: 'cycle-times, reviewer', path: () => '/api/dashboard/cycle-times', as: 'reviewer' },
  { name: 'portfolio, officer', path: () => '/api/dashboard/portfolio', as: 'officer' },
  { name: 'cycle-times, officer', path: () => '/api/dashboard/cycle-times', as: 'officer' },
];

const ms = (value: number) => `${value.toFixed(2)} ms`;

async function measureScale(context: BenchContext, scale: Scale): Promise<Map<string, LatencyResult[]>> {
  const databaseUrl = await context.dataset(scale);
  const users = await benchUsers(databaseUrl);
  const api = await context.startApi(databaseUrl, `dashboard-${scale}`);
  const results = new Map<string, LatencyResult[]>(ENDPOINTS.map((e) => [e.name, []]));
  try {
    const tokens = { reviewer: await signIn(api.url, users.reviewerEmail), officer: await signIn(api.url, users.officerEmail) };
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const endpoint of ENDPOINTS) {
        const latency = await measureLatency(`${api.url}${endpoint.path(users.officerOrganizationId)}`, { authorization: `Bearer ${tokens[endpoint.as]}` }, { requests: REQUESTS, concurrency: CONCURRENCY, warmup: WARMUP, maxSeconds: MAX_SECONDS });
        results.get(endpoint.name)!.push(latency);
        context.log(`dashboard: ${scale} round ${round + 1}: ${endpoint.name}: p50 ${ms(latency.p50Ms)}, p90 ${ms(latency.p90Ms)}`);
      }
    }
  } finally {
    await context.stop(api.process);
  }
  return results;
}

export async function dashboardBenchmark(context: BenchContext): Promise<BenchmarkResult> {
  const startedAt = new Date();
  const small = await measureScale(context, 'small');
  const national = await measureScale(context, 'national');
  // The better round of each endpoint: a slow moment of the machine should not decide a ratio.
  const p50 = (results: Map<string, LatencyResult[]>, name: string) => Math.min(...results.get(name)!.map((r) => r.p50Ms));
  const lookup = p50(national, LOOKUP);
  const measurements: Measurement[] = [];
  for (const endpoint of ENDPOINTS.filter((e) => e.name !== LOOKUP)) {
    const atNational = p50(national, endpoint.name);
    measurements.push(ratioAtMost('dashboard', `${endpoint.name}: p50 vs lookup (national)`, { value: atNational, text: `p50 ${ms(atNational)}` }, { value: lookup, text: `lookup p50 ${ms(lookup)}` }, 3));
  }
  for (const endpoint of ENDPOINTS.filter((e) => e.name !== LOOKUP)) {
    const atNational = p50(national, endpoint.name);
    const atSmall = p50(small, endpoint.name);
    measurements.push(ratioAtMost('dashboard', `${endpoint.name}: national vs small`, { value: atNational, text: `national p50 ${ms(atNational)}` }, { value: atSmall, text: `small p50 ${ms(atSmall)}` }, 1.5));
  }
  return {
    name: 'dashboard',
    startedAt: startedAt.toISOString(),
    seconds: (Date.now() - startedAt.getTime()) / 1000,
    measurements,
    details: { requests: REQUESTS, concurrency: CONCURRENCY, rounds: ROUNDS, small: Object.fromEntries(small), national: Object.fromEntries(national) },
  };
}
