// `pnpm bench [name…]`: runs the chosen benchmarks (all by default) one after another, prints the table,
// writes bench/results/<name>.json and the latest table into docs/PERFORMANCE.md.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { apiListBenchmark } from '../benchmarks/api-list.js';
import { dashboardBenchmark } from '../benchmarks/dashboard.js';
import { importBenchmark } from '../benchmarks/import.js';
import { jobsBenchmark } from '../benchmarks/jobs.js';
import { webBenchmark } from '../benchmarks/web.js';
import { PERFORMANCE_DOC, RESULTS_DIR } from '../repo.js';
import { BenchContext } from './bench-context.js';
import { updatePerformanceDoc, type RunLine } from './performance-doc.js';
import { textTable, type BenchmarkResult } from './results.js';

export const BENCHMARKS: Record<string, (context: BenchContext) => Promise<BenchmarkResult>> = {
  'api-list': apiListBenchmark,
  dashboard: dashboardBenchmark,
  jobs: jobsBenchmark,
  import: importBenchmark,
  web: webBenchmark,
};

function duration(seconds: number): string {
  return seconds < 90 ? `${Math.round(seconds)} s` : `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`;
}

export async function runBenchmarks(names: string[], services: { databaseUrl: string; redisUrl: string }): Promise<boolean> {
  const unknown = names.filter((name) => !BENCHMARKS[name]);
  if (unknown.length > 0) throw new Error(`Unknown benchmark(s): ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}`);
  const chosen = names.length > 0 ? Object.keys(BENCHMARKS).filter((name) => names.includes(name)) : Object.keys(BENCHMARKS);
  const started = performance.now();
  const context = new BenchContext(services.databaseUrl, services.redisUrl, (line) => console.log(line));
  console.log(`Benchmarks: ${chosen.join(', ')} (logs of the processes: ${context.workDir})`);
  // Interrupted (Ctrl-C): the API, worker and baseline processes stop too.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void context.stopAll().finally(() => process.exit(130)));
  }
  const results: BenchmarkResult[] = [];
  try {
    for (const name of chosen) {
      console.log(`\n== ${name}`);
      const result = await BENCHMARKS[name]!(context);
      results.push(result);
      mkdirSync(RESULTS_DIR, { recursive: true });
      writeFileSync(path.join(RESULTS_DIR, `${name}.json`), `${JSON.stringify({ ...result, machine: machine() }, null, 2)}\n`);
    }
  } finally {
    await context.stopAll();
    await context.dropScratchDatabases().catch((error: unknown) => console.error(`Could not drop the scratch databases: ${String(error)}`));
  }
  const measurements = results.flatMap((r) => r.measurements);
  const total = (performance.now() - started) / 1000;
  console.log(`\n${textTable(measurements)}\n\nTotal: ${duration(total)} on ${machine()}`);
  const day = new Date().toISOString().slice(0, 10);
  const runs: RunLine[] = results.map((r) => ({ benchmark: r.name, text: `${day}, ${duration(r.seconds)} (${machine()})` }));
  writeFileSync(PERFORMANCE_DOC, updatePerformanceDoc(readFileSync(PERFORMANCE_DOC, 'utf8'), Object.keys(BENCHMARKS), measurements, runs));
  rmSync(context.workDir, { recursive: true, force: true });
  return measurements.every((m) => m.pass);
}
