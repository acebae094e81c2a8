// web: the built web app (apps/web/dist) served by the API on the small dataset. For each first visit — a visitor
// (sent to sign-in), a signed-in reviewer (their home section) and the public transparency page — Lighthouse 12.2.3
// measures the performance score on a throttled mobile profile with Debian's Chromium, headless and offline, and the
// JavaScript the page needed is summed gzipped from dist/ (the scripts Chromium fetched).
// Goals: ≤ 170 KB of JavaScript (gzip) for the first route; score ≥ 90.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { WEB_DIST } from '../repo.js';
import { signIn, type BenchContext } from '../run/bench-context.js';
import { limit, type BenchmarkResult, type Measurement } from '../run/results.js';
import { benchUsers } from './bench-users.js';

const RUNS = 3;
const JS_LIMIT_KB = 170;
const SCORE_GOAL = 90;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Headless, and nothing but this machine: every host name other than the loopback address fails to resolve. */
const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions', '--disable-domain-reliability',
  '--metrics-recording-only', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

interface Visit {
  name: string;
  path: string;
  signedIn: boolean;
  /** The public pages are server-rendered: they may have no script at all. */
  jsGoal: boolean;
}

interface LighthouseRun {
  score: number;
  metrics: Record<string, number>;
  scripts: string[];
}

/** The gzipped size of the app's own scripts the page fetched (dist files, -9 as a server would precompress them). */
export function gzippedScriptBytes(scriptUrls: readonly string[], dist: string): { bytes: number; files: { file: string; bytes: number }[] } {
  const files = [...new Set(scriptUrls.map((url) => new URL(url).pathname))]
    .filter((pathname) => pathname.endsWith('.js') && existsSync(path.join(dist, pathname)))
    .map((pathname) => ({ file: pathname, bytes: gzipSync(readFileSync(path.join(dist, pathname)), { level: 9 }).length }));
  return { bytes: files.reduce((sum, f) => sum + f.bytes, 0), files };
}

async function lighthouseRun(url: string, cookie: string | null, userDataDir: string): Promise<LighthouseRun> {
  // Both are ES modules (this package is CommonJS): imported when the benchmark runs.
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, userDataDir, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], extraHeaders: cookie ? { Cookie: cookie } : undefined }, {
      extends: 'lighthouse:default',
      settings: { formFactor: 'mobile', throttlingMethod: 'simulate', disableFullPageScreenshot: true },
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
    const requests = (lhr.audits['network-requests']?.details as { items?: { url: string; resourceType?: string }[] } | undefined)?.items ?? [];
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      metrics: { fcpMs: metric('first-contentful-paint'), lcpMs: metric('largest-contentful-paint'), tbtMs: metric('total-blocking-time'), cls: metric('cumulative-layout-shift') },
      scripts: requests.filter((r) => r.resourceType === 'Script').map((r) => r.url),
    };
  } finally {
    await chrome.kill();
  }
}

/** Lighthouse sometimes loses the trace of a load (NO_NAVSTART) or Chromium starts too slowly on a busy machine: try again. */
async function lighthouseWithRetry(url: string, cookie: string | null, userDataDir: string, log: (line: string) => void): Promise<LighthouseRun> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await lighthouseRun(url, cookie, userDataDir);
    } catch (error) {
      if (attempt >= 3) throw error;
      log(`web: Lighthouse attempt ${attempt} on ${url} failed (${error instanceof Error ? error.message : String(error)}); again`);
    }
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function webBenchmark(context: BenchContext): Promise<BenchmarkResult> {
  const startedAt = new Date();
  if (!existsSync(path.join(WEB_DIST, 'index.html'))) throw new Error(`web: no build in ${WEB_DIST} (pnpm build builds it)`);
  const databaseUrl = await context.dataset('small');
  const users = await benchUsers(databaseUrl);
  const api = await context.startApi(databaseUrl, 'web');
  const visits: Visit[] = [
    { name: 'first visit (sign-in)', path: '/', signedIn: false, jsGoal: true },
    { name: 'signed-in reviewer, home', path: '/', signedIn: true, jsGoal: true },
  ];
  if ((await fetch(`${api.url}/public`)).ok) visits.push({ name: 'public transparency page', path: '/public', signedIn: false, jsGoal: false });
  const measurements: Measurement[] = [];
  const details: Record<string, unknown> = {};
  const userDataDir = mkdtempSync(path.join(context.workDir, 'chromium-'));
  try {
    const cookie = `daikou_session=${await signIn(api.url, users.reviewerEmail)}`;
    for (const visit of visits) {
      const runs: LighthouseRun[] = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await lighthouseWithRetry(`${api.url}${visit.path}`, visit.signedIn ? cookie : null, userDataDir, context.log));
      const score = median(runs.map((r) => r.score));
      const js = gzippedScriptBytes(runs.flatMap((r) => r.scripts), WEB_DIST);
      context.log(`web: ${visit.name}: Lighthouse ${runs.map((r) => r.score).join(', ')} (median ${score}); ${(js.bytes / 1024).toFixed(1)} KB of JavaScript gzipped in ${js.files.length} files`);
      details[visit.name] = { runs, js };
      if (visit.jsGoal || js.bytes > 0) {
        measurements.push(limit('web', `${visit.name}: JavaScript (gzip)`, `${(js.bytes / 1024).toFixed(1)} KB in ${js.files.length} files`, `≤ ${JS_LIMIT_KB} KB`, js.bytes <= JS_LIMIT_KB * 1024));
      }
      const lcp = median(runs.map((r) => r.metrics.lcpMs!));
      measurements.push(limit('web', `${visit.name}: Lighthouse performance (mobile)`, `${score} (LCP ${(lcp / 1000).toFixed(1)} s, median of ${RUNS})`, `≥ ${SCORE_GOAL}`, score >= SCORE_GOAL));
    }
  } finally {
    await context.stop(api.process);
    rmSync(userDataDir, { recursive: true, force: true });
  }
  return { name: 'web', startedAt: startedAt.toISOString(), seconds: (Date.now() - startedAt.getTime()) / 1000, measurements, details };
}
