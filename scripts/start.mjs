// `npm start` / `pnpm start` on a fresh machine: install, build (turbo-cached), then serve API + web
// on one port in embedded mode with demo data and a demo portfolio. Node built-ins only: nothing is installed yet.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync, utimesSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM_VERSION = '12.4.2';
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

function pnpmCommand() {
  const onPath = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (onPath.status === 0 && onPath.stdout.trim() === PNPM_VERSION) return ['pnpm'];
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

const modulesState = join(repoRoot, 'node_modules', '.modules.yaml');

function dependenciesAreStale() {
  if (!existsSync(modulesState)) return true;
  return statSync(join(repoRoot, 'pnpm-lock.yaml')).mtimeMs > statSync(modulesState).mtimeMs;
}

function runOrExit(command, args) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.error) {
    console.error(`Could not run ${command}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function serve() {
  const demo = process.env.DAIKOU_DEMO ?? '1';
  // Its own process group, so a Ctrl+C reaches it once (forwarded below), not twice: Nest's shutdown
  // hook handles the first signal and a second one would kill it mid-shutdown.
  const server = spawn(process.execPath, ['apps/api/dist/main.js'], {
    cwd: repoRoot,
    stdio: 'inherit',
    detached: true,
    // The demo, with its portfolio of partnerships (turned off together by DAIKOU_DEMO=0).
    env: { ...process.env, DAIKOU_DEMO: demo, DAIKOU_DEMO_PORTFOLIO: process.env.DAIKOU_DEMO_PORTFOLIO ?? demo },
  });
  let firstSignalAt = 0;
  const forward = (signal) => {
    const now = Date.now();
    if (firstSignalAt === 0) {
      firstSignalAt = now;
      server.kill(signal);
    } else if (now - firstSignalAt > 1000) {
      // Within a second it is the same Ctrl+C passed on by npm; later, the user insists.
      console.error('Stopping now, without waiting for a clean shutdown.');
      server.kill('SIGKILL');
    }
  };
  process.on('SIGINT', () => forward('SIGINT'));
  process.on('SIGTERM', () => forward('SIGTERM'));
  // A closed terminal: the detached server would not hear of it otherwise.
  process.on('SIGHUP', () => forward('SIGTERM'));
  process.on('exit', () => server.kill('SIGKILL'));
  server.on('error', (error) => {
    console.error(`Could not start the server: ${error.message}`);
    process.exit(1);
  });
  server.on('exit', (code, signal) => {
    process.exit(code ?? 128 + constants.signals[signal]);
  });
}

const pnpm = pnpmCommand();
if (dependenciesAreStale()) {
  console.log('Installing dependencies…');
  runOrExit(pnpm[0], [...pnpm.slice(1), 'install', '--frozen-lockfile']);
  // pnpm leaves this file alone when nothing changed; mark the lock as installed so the next start skips it.
  const now = new Date();
  utimesSync(modulesState, now, now);
}
console.log('Building…');
runOrExit(pnpm[0], [
  ...pnpm.slice(1),
  'turbo',
  'run',
  'build',
  '--filter=@daikou/api',
  '--filter=@daikou/web',
  '--output-logs=errors-only',
]);
console.log('Starting Daikou…');
serve();
