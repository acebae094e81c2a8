// What a benchmark reports: one row per case, with the figure measured, the baseline measured side by side in the
// same run, their ratio and the goal, printed as a table and kept as JSON and in docs/PERFORMANCE.md.

export interface Measurement {
  benchmark: string;
  case: string;
  measured: string;
  baseline: string;
  /** measured ÷ baseline in the goal's direction; null where the goal is an absolute limit. */
  ratio: number | null;
  goal: string;
  pass: boolean;
}

export interface BenchmarkResult {
  name: string;
  startedAt: string;
  seconds: number;
  measurements: Measurement[];
  /** Raw figures (every round, every process sample) for whoever wants more than the table. */
  details: Record<string, unknown>;
}

/** A ratio goal, e.g. "≥ 0.5 of baseline". */
export function ratioAtLeast(benchmark: string, name: string, measured: { value: number; text: string }, baseline: { value: number; text: string }, minimum: number): Measurement {
  const ratio = measured.value / baseline.value;
  return { benchmark, case: name, measured: measured.text, baseline: baseline.text, ratio, goal: `≥ ${minimum}`, pass: ratio >= minimum };
}

/** A ratio goal the other way, e.g. "p50 ≤ 3× baseline". */
export function ratioAtMost(benchmark: string, name: string, measured: { value: number; text: string }, baseline: { value: number; text: string }, maximum: number): Measurement {
  const ratio = measured.value / baseline.value;
  return { benchmark, case: name, measured: measured.text, baseline: baseline.text, ratio, goal: `≤ ${maximum}×`, pass: ratio <= maximum };
}

export function limit(benchmark: string, name: string, measured: string, goal: string, pass: boolean): Measurement {
  return { benchmark, case: name, measured, baseline: '—', ratio: null, goal, pass };
}

export function formatRatio(ratio: number | null): string {
  if (ratio === null) return '—';
  // Far-off ratios keep two significant digits rather than reading 0.00.
  return ratio < 0.1 ? ratio.toPrecision(2) : ratio.toFixed(2);
}

const HEADER = ['benchmark', 'case', 'measured', 'baseline (same run)', 'ratio', 'goal', 'met'];

function cells(m: Measurement): string[] {
  return [m.benchmark, m.case, m.measured, m.baseline, formatRatio(m.ratio), m.goal, m.pass ? 'yes' : 'NO'];
}

/** The table for a terminal: aligned columns. */
export function textTable(measurements: readonly Measurement[]): string {
  const rows = [HEADER, ...measurements.map(cells)];
  const widths = HEADER.map((_, column) => Math.max(...rows.map((row) => [...row[column]!].length)));
  const line = (row: string[]) => row.map((cell, column) => cell + ' '.repeat(widths[column]! - [...cell].length)).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** The table in Markdown, one line per measurement (its first cell names the benchmark, so a partial run can replace its own lines). */
export function markdownRows(measurements: readonly Measurement[]): string[] {
  return measurements.map((m) => `| ${cells(m).map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`);
}

export function markdownHeader(): string[] {
  return [`| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => '---').join('|')}|`];
}
