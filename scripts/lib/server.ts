// Starts the production server (`next start`, already built) on a loopback port with its own
// environment, for the soak, the benchmark and the multi-instance tests; measures its memory.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { ROOT } from './layout';

/**
 * V8 flags for the production server. A 64 MiB young generation lets the short-lived objects of
 * many concurrent page renders die young instead of filling the old generation: in the soak
 * (100 connections) it gave 20 % more throughput and a heap that settles within the first
 * minute, for about 130 MiB more resident memory.
 */
export const SERVER_NODE_OPTIONS = '--max-semi-space-size=64';

/** NODE_OPTIONS for the server: `existing` plus SERVER_NODE_OPTIONS. */
export function serverNodeOptions(existing: string | undefined = process.env.NODE_OPTIONS): string {
  return [existing, SERVER_NODE_OPTIONS].filter(Boolean).join(' ');
}

export interface AppServer {
  url: string;
  pid: number;
  /** Everything the server printed (for failure messages). */
  output(): string;
  /** Resident memory of the server's process tree, in KiB. */
  rssKb(): number;
  /** CPU time (user + system) the server's process tree has used so far, in ms. */
  cpuMs(): number;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

function childrenOf(pid: number): number[] {
  const kids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) kids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return kids;
}

function rssOf(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return (match ? Number(match[1]) : 0) + childrenOf(pid).reduce((sum, child) => sum + rssOf(child), 0);
  } catch {
    return 0;
  }
}

function cpuOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime (fields 14 and 15 of stat), in clock ticks of 10 ms on Linux.
    return (Number(fields[11]) + Number(fields[12])) * 10 + childrenOf(pid).reduce((sum, child) => sum + cpuOf(child), 0);
  } catch {
    return 0;
  }
}

/** Starts `next start` on 127.0.0.1:`port`; does not wait for it (see waitForHealth). `nodeArgs` go before the script (e.g. --cpu-prof, which NODE_OPTIONS refuses). */
export function startAppServer(port: number, env: Record<string, string>, nodeArgs: string[] = []): AppServer {
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: serverNodeOptions(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    output: () => output,
    rssKb: () => rssOf(child.pid!),
    cpuMs: () => cpuOf(child.pid!),
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Waits until GET /api/health answers `status` (default 200), or fails after `timeoutMs`. */
export async function waitForHealth(server: AppServer, { status = 200, timeoutMs = 60_000 } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let ended = false;
  void server.exited.then(() => (ended = true));
  while (Date.now() < deadline && !ended) {
    try {
      const response = await fetch(`${server.url}/api/health`);
      if (response.status === status) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Server ${server.url} not healthy (${ended ? 'it exited' : 'timed out'}):\n${server.output().slice(-2000)}`);
}

/** A TCP port free on loopback right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
