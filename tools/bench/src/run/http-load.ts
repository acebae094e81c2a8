// HTTP load with autocannon: a fixed number of connections for a fixed time, each request from another client
// address (the API's per-address rate limit then applies per simulated client, as behind a real proxy).
import autocannon from 'autocannon';
import { clientAddress } from './bench-context.js';

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
}

export async function measureLoad(options: { url: string; headers?: Record<string, string>; connections: number; seconds: number }): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers,
    requests: [{ setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'x-forwarded-for': clientAddress() } }) }],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** Fails loudly when a run's responses were not all 2xx: a fast error page is no measurement. */
export function assertClean(label: string, result: LoadResult): LoadResult {
  if (result.errors > 0) throw new Error(`${label}: ${result.errors} of ${result.requests} requests failed or were not 2xx`);
  return result;
}
