// Keeps the latest table in docs/PERFORMANCE.md between two markers; the rest of the document is written by hand.
// A run of some benchmarks replaces only their rows and run lines, so `pnpm bench api-list` leaves the others.
import { markdownHeader, markdownRows, type Measurement } from './results.js';

export const START_MARKER = '<!-- bench:latest:start (written by pnpm bench) -->';
export const END_MARKER = '<!-- bench:latest:end -->';

export interface RunLine {
  benchmark: string;
  text: string;
}

function rowBenchmark(line: string): string | null {
  return /^\| ([a-z-]+) \|/.exec(line)?.[1] ?? null;
}

function runBenchmark(line: string): string | null {
  return /^- `([a-z-]+)`:/.exec(line)?.[1] ?? null;
}

export function updatePerformanceDoc(doc: string, order: readonly string[], fresh: readonly Measurement[], runs: readonly RunLine[]): string {
  const start = doc.indexOf(START_MARKER);
  const end = doc.indexOf(END_MARKER);
  if (start < 0 || end < start) throw new Error(`docs/PERFORMANCE.md has no ${START_MARKER} … ${END_MARKER} section to write the table into`);
  const previous = doc.slice(start + START_MARKER.length, end).split('\n');
  const rerun = new Set(runs.map((r) => r.benchmark));
  const rank = (name: string | null) => (name === null ? order.length : order.indexOf(name));
  const rows = [
    ...previous.filter((line) => {
      const name = rowBenchmark(line);
      return name !== null && name !== 'benchmark' && !rerun.has(name);
    }),
    ...markdownRows(fresh),
  ].sort((a, b) => rank(rowBenchmark(a)) - rank(rowBenchmark(b)));
  const runLines = [
    ...previous.filter((line) => {
      const name = runBenchmark(line);
      return name !== null && !rerun.has(name);
    }),
    ...runs.map((r) => `- \`${r.benchmark}\`: ${r.text}`),
  ].sort((a, b) => rank(runBenchmark(a)) - rank(runBenchmark(b)));
  const section = ['', ...markdownHeader(), ...rows, '', ...runLines, ''].join('\n');
  return doc.slice(0, start + START_MARKER.length) + section + doc.slice(end);
}
