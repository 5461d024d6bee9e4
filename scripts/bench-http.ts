// `npm run bench:http`: HTTP throughput and latency of the production server on loopback, the
// same requests against SQLite and against a throwaway PostgreSQL cluster, side by side.
// BENCH_SECONDS (per scenario, default 5) and BENCH_CONNECTIONS (default 16) override.
// `-- --only=sqlite` or `--only=postgresql` runs one. Timings stay here, never in `npm test`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Provider } from '../lib/database-url';
import { ensureBuild } from './lib/ensure-build';
import { runLoad, type KindStats } from './lib/load';
import { startPgCluster } from './lib/pg-cluster';
import { freePort } from './lib/server';
import { startAppServer, waitForHealth } from './lib/server';
import { SCENARIOS, trafficSource } from './lib/traffic';
import { prepareDatabase } from './prepare-db';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length) as Provider | undefined;

type Row = KindStats & { perSecond: number };

async function benchOn(url: string): Promise<Record<string, Row>> {
  console.log(`Database ready — ${await prepareDatabase(url)}`);
  const server = startAppServer(await freePort(), { DATABASE_URL: url });
  try {
    await waitForHealth(server);
    const source = await trafficSource(server.url);
    const rows: Record<string, Row> = {};
    for (const [name, make] of Object.entries(SCENARIOS)) {
      // A short warm-up so that first renders and JIT are not timed.
      await runLoad({ baseUrl: server.url, connections: 4, durationMs: 1_000, next: () => make(source) });
      const result = await runLoad({ baseUrl: server.url, connections: CONNECTIONS, durationMs: SECONDS * 1000, next: () => make(source) });
      if (result.errors) throw new Error(`${name}: ${result.errors} errors (${result.errorSamples.join('; ')})`);
      rows[name] = { ...result.byKind[name]!, perSecond: result.perSecond };
      console.log(`  ${name}: ${result.perSecond.toFixed(0)}/s`);
    }
    return rows;
  } finally {
    await server.stop();
  }
}

await ensureBuild();
const results: Partial<Record<Provider, Record<string, Row>>> = {};
const scratch = mkdtempSync(path.join(tmpdir(), 'numbdx-bench-http-'));
try {
  if (only !== 'postgresql') {
    console.log('SQLite:');
    results.sqlite = await benchOn(`file:${path.join(scratch, 'bench.db')}`);
  }
  if (only !== 'sqlite') {
    console.log('PostgreSQL:');
    const cluster = await startPgCluster();
    try {
      results.postgresql = await benchOn(cluster.url);
    } finally {
      cluster.stop();
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const cell = (r: Row | undefined) => (r ? `${r.perSecond.toFixed(0)}/s, p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms` : '—');
console.log(`\n${CONNECTIONS} connections, ${SECONDS} s per scenario, loopback, production build\n`);
console.log('| request | SQLite | PostgreSQL |\n| --- | --- | --- |');
for (const name of Object.keys(SCENARIOS)) console.log(`| ${name} | ${cell(results.sqlite?.[name])} | ${cell(results.postgresql?.[name])} |`);
