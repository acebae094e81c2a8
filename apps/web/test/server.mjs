// Starts the real, built Daikou (API + this web app's dist/, one port) on a free port with a fresh
// data directory and demo data, and stops it again. Used by the browser tests.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const apiMain = fileURLToPath(new URL('../../api/dist/main.js', import.meta.url));
// DAIKOU_WEB_DIST (read by the API too) lets a test run use a build of its own.
const webIndex = process.env.DAIKOU_WEB_DIST
  ? join(process.env.DAIKOU_WEB_DIST, 'index.html')
  : fileURLToPath(new URL('../dist/index.html', import.meta.url));
const startTimeoutMs = 60_000;
const stopTimeoutMs = 15_000;

// Accounts DAIKOU_DEMO=1 loads; the API prints them on start (apps/api/src/demo/demo-data.ts).
const demoPassword = 'daikou-demo-2026';
export const demoAccounts = {
  admin: { email: 'admin@daikou.demo', password: demoPassword, name: 'Sokha Admin' },
  reviewer: { email: 'reviewer@daikou.demo', password: demoPassword, name: 'Chenda Reviewer' },
  snaOfficer: { email: 'sna@daikou.demo', password: demoPassword, name: 'Vuthy Sna' },
  snaSignatory: { email: 'sna.signatory@daikou.demo', password: demoPassword, name: 'Dara Governor' },
  csoOfficer: { email: 'cso@daikou.demo', password: demoPassword, name: 'Sreymom Cso' },
  csoSignatory: { email: 'cso.signatory@daikou.demo', password: demoPassword, name: 'Bopha Director' },
};

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function isHealthy(baseUrl) {
  try {
    const response = await fetch(`${baseUrl}/api/health`);
    return response.status === 200;
  } catch {
    return false;
  }
}

export async function startDaikou() {
  if (!existsSync(apiMain)) {
    throw new Error(`The API is not built (${apiMain} is missing): run \`pnpm --filter @daikou/api build\` first.`);
  }
  if (!existsSync(webIndex)) {
    throw new Error(`The web app is not built (${webIndex} is missing): run \`pnpm --filter @daikou/web build\` first.`);
  }
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'daikou-web-test-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const output = [];
  const child = spawn(process.execPath, [apiMain], {
    cwd: fileURLToPath(new URL('../../api/', import.meta.url)),
    env: {
      ...process.env,
      PORT: String(port),
      DAIKOU_DATA_DIR: dataDir,
      DAIKOU_DEMO: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => output.push(chunk));
  const recentOutput = () => Buffer.concat(output).toString('utf8').slice(-4000);

  async function stop() {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const stopped = await Promise.race([exited, sleep(stopTimeoutMs).then(() => null)]);
      if (stopped === null) {
        child.kill('SIGKILL');
        await exited;
      }
    }
    await rm(dataDir, { recursive: true, force: true });
  }

  const deadline = Date.now() + startTimeoutMs;
  let earlyExit = null;
  exited.then((result) => (earlyExit = result));
  while (!(await isHealthy(baseUrl))) {
    if (earlyExit || Date.now() > deadline) {
      await stop();
      const why = earlyExit
        ? `exited early (code ${earlyExit.code}, signal ${earlyExit.signal})`
        : `did not answer GET /api/health with 200 within ${startTimeoutMs / 1000} s`;
      throw new Error(`Daikou ${why}. Its last output:\n${recentOutput()}`);
    }
    await sleep(250);
  }
  return { baseUrl, stop, recentOutput };
}
