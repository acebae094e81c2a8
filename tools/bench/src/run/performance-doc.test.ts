import { END_MARKER, START_MARKER, updatePerformanceDoc } from './performance-doc';
import type { Measurement } from './results';

const row = (benchmark: string, name: string, pass = true): Measurement => ({ benchmark, case: name, measured: '1', baseline: '2', ratio: 0.5, goal: '≥ 0.5', pass });
const doc = (inside: string) => `# Performance\n\nHand-written intro.\n\n${START_MARKER}${inside}${END_MARKER}\n\n## How to rerun\nkept\n`;
const order = ['api-list', 'dashboard', 'jobs'];

describe('updatePerformanceDoc', () => {
  it('writes the table between the markers and leaves the hand-written text', () => {
    const updated = updatePerformanceDoc(doc('\n'), order, [row('jobs', 'no-op jobs')], [{ benchmark: 'jobs', text: 'today' }]);
    expect(updated).toContain('Hand-written intro.');
    expect(updated).toContain('## How to rerun\nkept');
    expect(updated).toContain('| jobs | no-op jobs | 1 | 2 | 0.50 | ≥ 0.5 | yes |');
    expect(updated).toContain('- `jobs`: today');
  });

  it('replaces only the rows of the benchmarks run again, in the benchmarks’ order', () => {
    const first = updatePerformanceDoc(doc('\n'), order, [row('jobs', 'old jobs'), row('api-list', 'old list')], [
      { benchmark: 'jobs', text: 'monday' },
      { benchmark: 'api-list', text: 'monday' },
    ]);
    const second = updatePerformanceDoc(first, order, [row('jobs', 'new jobs', false)], [{ benchmark: 'jobs', text: 'tuesday' }]);
    expect(second).not.toContain('old jobs');
    expect(second).toContain('| jobs | new jobs | 1 | 2 | 0.50 | ≥ 0.5 | NO |');
    expect(second.indexOf('old list')).toBeLessThan(second.indexOf('new jobs'));
    expect(second).toContain('- `api-list`: monday');
    expect(second).toContain('- `jobs`: tuesday');
    expect(second.match(/\| benchmark \|/g)).toHaveLength(1);
  });

  it('refuses a document without the markers', () => {
    expect(() => updatePerformanceDoc('# Performance\n', order, [], [])).toThrow(/bench:latest/);
  });
});
