// Child processes of a benchmark (API, workers, baseline servers): started with their output in a log file,
// stopped with SIGTERM (then SIGKILL), and their memory read from /proc while they run.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface RunningProcess {
  name: string;
  pid: number;
  logFile: string;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

export function startProcess(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): RunningProcess {
  const log = openSync(logFile, 'a');
  const child: ChildProcess = spawn(command, args, { env, stdio: ['ignore', log, log] });
  closeSync(log);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    name,
    pid: child.pid!,
    logFile,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const done = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
      if (!done) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

/** Runs a command to its end (stopped after `timeoutMs`); a non-zero exit throws with the end of its log. */
export async function runToEnd(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string, timeoutMs = 20 * 60_000): Promise<void> {
  const running = startProcess(name, command, args, env, logFile);
  const timer = setTimeout(() => void running.stop(), timeoutMs);
  const code = await running.exited.finally(() => clearTimeout(timer));
  if (code !== 0) throw new Error(`${name} exited with ${code}${code === null ? ` (stopped after ${timeoutMs / 1000} s)` : ''}:\n${tail(logFile)}`);
}

/** Waits until `url` answers 2xx, or fails early if the process died. */
export async function waitForHttp(process: RunningProcess, url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let dead = false;
  void process.exited.then(() => (dead = true));
  while (Date.now() < deadline) {
    if (dead) throw new Error(`${process.name} exited before answering ${url}:\n${tail(process.logFile)}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${process.name} did not answer ${url} within ${timeoutMs} ms:\n${tail(process.logFile)}`);
}

/** Waits until the process's log holds `text` (e.g. "worker ready"), or fails early if the process died. */
export async function waitForLog(process: RunningProcess, text: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let dead = false;
  void process.exited.then(() => (dead = true));
  while (Date.now() < deadline) {
    if (readFileSync(process.logFile, 'utf8').includes(text)) return;
    if (dead) throw new Error(`${process.name} exited before saying "${text}":\n${tail(process.logFile)}`);
    await sleep(100);
  }
  throw new Error(`${process.name} did not say "${text}" within ${timeoutMs} ms:\n${tail(process.logFile)}`);
}

/** The last line of a finished process's log, read as JSON (the scripts of this package end with their result). */
export function lastJsonLine<T>(file: string): T {
  const line = readFileSync(file, 'utf8').trim().split('\n').reverse().find((l) => l.startsWith('{'));
  if (!line) throw new Error(`${file} ends with no JSON result:\n${tail(file)}`);
  return JSON.parse(line) as T;
}

/** Resident memory of a process in bytes (0 once it has gone). */
export function rssOf(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export function logTail(file: string): string {
  return tail(file);
}
