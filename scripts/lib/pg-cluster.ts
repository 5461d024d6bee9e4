// A throwaway PostgreSQL cluster in a temporary folder, on a free loopback port: for the
// PostgreSQL test run and for rendering PostgreSQL migrations. Needs the server binaries
// (initdb, pg_ctl) on PATH or under /usr/lib/postgresql/*/bin.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './server';

export interface PgCluster {
  url: string;
  /** Stops the server but keeps its data (an outage); resume() starts it again. */
  pause(): void;
  resume(): void;
  stop(): void;
}

function findBinDir(): string | null {
  const onPath = (process.env.PATH ?? '').split(':').find((dir) => existsSync(path.join(dir, 'initdb')));
  if (onPath) return onPath;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
  const found = versions.map((v) => path.join(base, v, 'bin')).find((dir) => existsSync(path.join(dir, 'initdb')));
  return found ?? null;
}

/** Starts a cluster with trust auth; its URL names the empty `postgres` database; stop() removes it. */
export async function startPgCluster(): Promise<PgCluster> {
  const bin = findBinDir();
  if (!bin) throw new Error('PostgreSQL server binaries not found (apt-get install -y postgresql)');
  const dir = mkdtempSync(path.join(tmpdir(), 'numbdx-pg-'));
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  // initdb refuses to run as root, so the cluster belongs to the postgres system user.
  const run = (args: string[]) => {
    const command = [path.join(bin, args[0]!), ...args.slice(1)];
    if (asRoot) {
      const quoted = command.map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(' ');
      execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', quoted], { stdio: 'ignore' });
    } else {
      execFileSync(command[0]!, command.slice(1), { stdio: 'ignore' });
    }
  };
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  run(['initdb', '-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const start = () => run(['pg_ctl', '-D', data, '-w', '-l', path.join(dir, 'log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    pause: () => run(['pg_ctl', '-D', data, '-w', '-m', 'fast', 'stop']),
    resume: start,
    stop() {
      try {
        run(['pg_ctl', '-D', data, '-w', '-m', 'fast', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
