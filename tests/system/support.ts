// Shared steps for the system tests: a prepared database, production servers, a steady trickle
// of requests that records every failure.
import { buildIsStale } from '@/scripts/lib/build-stamp';
import { freePort } from '@/scripts/lib/server';
import { startAppServer, waitForHealth, type AppServer } from '@/scripts/lib/server';
import { runScript } from '../support/prepare';

/** Fails with a clear message when there is no up-to-date production build. */
export function requireBuild(): void {
  if (buildIsStale()) throw new Error('No up-to-date production build: run `npm run build` (npm run test:postgres builds first).');
}

/** Migrates and seeds `url` with the catalog in `catalogDir` (default: the real one). */
export function prepare(url: string, catalogDir?: string): string {
  return runScript('prepare-db.ts', url, [], catalogDir ? { CATALOG_DIR: catalogDir } : {});
}

/** A healthy production server on a free port serving `url`. */
export async function serve(url: string, env: Record<string, string> = {}): Promise<AppServer> {
  const server = startAppServer(await freePort(), { DATABASE_URL: url, ...env });
  await waitForHealth(server);
  return server;
}

/** GET `path` and its JSON. */
export async function getJson(server: AppServer, path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(server.url + path);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Requests `paths` round-robin on every server, a few at a time, until stop(); counts failures. */
export function trickle(servers: AppServer[], paths: string[]) {
  let running = true;
  const failures: string[] = [];
  let count = 0;
  const worker = async (server: AppServer, offset: number) => {
    for (let i = offset; running; i++) {
      const path = paths[i % paths.length]!;
      try {
        const response = await fetch(server.url + path);
        await response.arrayBuffer();
        if (response.status !== 200) failures.push(`${response.status} ${path}`);
      } catch (error) {
        failures.push(`${error instanceof Error ? error.message : String(error)} ${path}`);
      }
      count++;
    }
  };
  const workers = servers.flatMap((server) => [0, 1, 2].map((offset) => worker(server, offset)));
  return {
    failures,
    count: () => count,
    async stop() {
      running = false;
      await Promise.all(workers);
    },
  };
}

/** Polls `check` every 200 ms until it returns true; returns the seconds it took, or throws after `timeoutMs`. */
export async function secondsUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return (Date.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`not reached within ${timeoutMs / 1000} s`);
}
