// After the load: the dashboards' rollups as the API's nightly rebuild computes them, when the API has them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { lastJsonLine, runToEnd } from '../processes.js';
import { apiScript } from '../repo.js';

export async function rebuildRollups(databaseUrl: string, logFile: string): Promise<string | null> {
  if (!existsSync(apiScript('insight/insight-rollups.service.js'))) return null;
  const started = performance.now();
  await runToEnd('rollup rebuild', process.execPath, [path.join(__dirname, 'rebuild-rollups.js')], { ...process.env, DATABASE_URL: databaseUrl }, logFile);
  const report = lastJsonLine<{ partnerships: number }>(logFile);
  return `dashboard rollups rebuilt by the API's nightly rebuild: ${report.partnerships} partnerships in ${((performance.now() - started) / 1000).toFixed(1)} s`;
}
