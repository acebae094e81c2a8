// The embedded all-in-one process (dist/main.js without DATABASE_URL/REDIS_URL): PGlite + inline jobs, data kept
// across restarts, and a second process on the same data directory refused.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../support/ports';
import { waitFor } from '../support/wait';

const MAIN = path.join(__dirname, '..', '..', 'dist', 'main.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'daikou-embedded-'));
let port = 0;


function start(env: Record<string, string> = {}): { child: ChildProcess; output: () => string } {
  let output = '';
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['DATABASE_URL', 'REDIS_URL'].includes(k)));
  const child = spawn(process.execPath, [MAIN], {
    env: { ...clean, PORT: String(port), DAIKOU_DATA_DIR: dataDir, DAIKOU_DEMO: '1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return { child, output: () => output };
}

async function healthy(): Promise<unknown> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/health`);
    return response.ok ? response.json() : null;
  } catch {
    return null;
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

// Two cold starts of the built API, each running every migration on PGlite: minutes on a busy shared machine.
it('starts embedded, keeps data across a restart and refuses a second process on the same data directory', async () => {
  port = await freePort();
  const first = start();
  try {
    expect(await waitFor('the embedded API to answer', healthy, 120_000)).toEqual({ status: 'ok', database: 'up', queue: 'inline' });
    expect(first.output()).toContain('DEMO CREDENTIALS');

    const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@daikou.demo', password: 'daikou-demo-2026' }),
    });
    const { token } = (await login.json()) as { token: string };
    // Many requests at once on the one embedded session: each must get its own answer (no mixed-up statements).
    const paths = ['/api/auth/me', '/api/organizations?q=takeo', '/api/partnerships', '/api/notifications', '/api/admin-units?level=province'];
    const statuses = await Promise.all(
      Array.from({ length: 60 }, (_, i) => fetch(`http://127.0.0.1:${port}${paths[i % paths.length]}`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status)),
    );
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    const created = await fetch(`http://127.0.0.1:${port}/api/organizations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: 'Kampot Water Users Group', kind: 'non_state', type: 'cbo', adminUnitCode: '07', sectors: ['water_sanitation'] }),
    });
    expect(created.status).toBe(201);

    const second = start({ PORT: String(await freePort()) });
    const [code] = await once(second.child, 'exit');
    expect(code).not.toBe(0);
    expect(second.output()).toMatch(/data directory .* is in use by another Daikou process/);
  } finally {
    await stop(first.child);
  }

  const restarted = start();
  try {
    await waitFor('the restarted API to answer', healthy, 120_000);
    const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@daikou.demo', password: 'daikou-demo-2026' }),
    });
    const { token } = (await login.json()) as { token: string };
    const found = await fetch(`http://127.0.0.1:${port}/api/organizations?q=kampot`, { headers: { authorization: `Bearer ${token}` } });
    const page = (await found.json()) as { items: { name: string }[] };
    expect(page.items.map((o) => o.name)).toEqual(['Kampot Water Users Group']);
  } finally {
    await stop(restarted.child);
  }
}, 300_000);
