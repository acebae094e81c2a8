// Response time of one endpoint under light load (a few requests at a time), with sub-millisecond precision:
// what a person waits, rather than how much the server can take.
import http from 'node:http';
import { clientAddress } from './bench-context.js';

export interface LatencyResult {
  p50Ms: number;
  p90Ms: number;
  requests: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

function timedGet(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.get(url, { agent, headers: { ...headers, 'x-forwarded-for': clientAddress() } }, (response) => {
      response.resume();
      response.on('end', () => {
        if (response.statusCode !== 200) reject(new Error(`GET ${url} answered ${response.statusCode}`));
        else resolve(performance.now() - started);
      });
    });
    request.on('error', reject);
  });
}

export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) throw new Error('no samples');
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

/** `requests` samples, or fewer when `maxSeconds` have passed (a slow endpoint must not hold the whole run). */
export async function measureLatency(
  url: string,
  headers: Record<string, string>,
  options: { requests: number; concurrency: number; warmup: number; maxSeconds: number },
): Promise<LatencyResult> {
  for (let i = 0; i < options.warmup; i += 1) await timedGet(url, headers);
  const samples: number[] = [];
  const deadline = performance.now() + options.maxSeconds * 1000;
  let left = options.requests;
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (left > 0 && performance.now() < deadline) {
        left -= 1;
        samples.push(await timedGet(url, headers));
      }
    }),
  );
  samples.sort((a, b) => a - b);
  return { p50Ms: percentile(samples, 0.5), p90Ms: percentile(samples, 0.9), requests: samples.length };
}
