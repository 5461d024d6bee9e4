// `npm run bench:server`: the server figures of issue 13 (point 7), measured in one run against one
// production server on SQLite, and printed beside their goals:
// - POST /api/differential (a 10-finding case) against GET /api/health, at 50 connections:
//   throughput ratio ≥ 0.9, p99 ratio ≤ 2;
// - the workspace page with a case against a cause page: throughput ratio ≥ 0.3.
// The two sides of a pair run in alternating rounds, so that a change in the shared machine's load
// falls on both; the ratio printed is the median of the rounds'. A benchmark, never a test.
// BENCH_SECONDS (per round and side, default 4), BENCH_ROUNDS (default 3) and BENCH_CONNECTIONS
// (default 50) override; `-- --cpu-prof=DIR` writes the server's V8 CPU profile into DIR.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { ensureBuild } from './lib/ensure-build';
import { runLoad } from './lib/load';
import { freePort } from './lib/server';
import { startAppServer, waitForHealth, type AppServer } from './lib/server';
import { SCENARIOS, trafficSource, type TrafficSource } from './lib/traffic';
import { prepareDatabase } from './prepare-db';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const profileDir = process.argv.find((a) => a.startsWith('--cpu-prof='))?.slice('--cpu-prof='.length);

interface Side {
  perSecond: number;
  p99Ms: number;
  /** Server CPU time per request: less sensitive than throughput to what else the machine runs. */
  cpuMsPerRequest: number;
}

/** One comparison: `subject` against `baseline`, with goals on the ratios. */
interface Pair {
  title: string;
  subject: string;
  baseline: string;
  minThroughputRatio: number;
  maxP99Ratio?: number;
}

const PAIRS: Pair[] = [
  { title: 'API differential vs health', subject: 'api differential POST, 10 findings', baseline: 'api health', minThroughputRatio: 0.9, maxP99Ratio: 2 },
  { title: 'workspace page with a case vs cause page', subject: 'page workspace with case', baseline: 'page cause', minThroughputRatio: 0.3 },
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

async function measure(server: AppServer, source: TrafficSource, scenario: string, durationMs: number, connections: number): Promise<Side> {
  const make = SCENARIOS[scenario]!;
  const cpuBefore = server.cpuMs();
  const result = await runLoad({ baseUrl: server.url, connections, durationMs, next: () => make(source) });
  if (result.errors) throw new Error(`${scenario}: ${result.errors} errors (${result.errorSamples.join('; ')})`);
  return { perSecond: result.perSecond, p99Ms: result.byKind[scenario]!.p99Ms, cpuMsPerRequest: (server.cpuMs() - cpuBefore) / result.requests };
}

async function comparePair(server: AppServer, source: TrafficSource, pair: Pair): Promise<void> {
  // Warm-up: first renders and JIT are not timed.
  for (const name of [pair.subject, pair.baseline]) await measure(server, source, name, 2_000, CONNECTIONS);
  const throughput: number[] = [];
  const p99: number[] = [];
  const cpu: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    // Alternate which side goes first, so neither always meets the machine in the same state.
    const order = round % 2 === 1 ? [pair.subject, pair.baseline] : [pair.baseline, pair.subject];
    const sides: Record<string, Side> = {};
    for (const name of order) sides[name] = await measure(server, source, name, SECONDS * 1000, CONNECTIONS);
    const s = sides[pair.subject]!;
    const b = sides[pair.baseline]!;
    throughput.push(s.perSecond / b.perSecond);
    p99.push(s.p99Ms / b.p99Ms);
    cpu.push(b.cpuMsPerRequest / s.cpuMsPerRequest);
    const side = (name: string, x: Side) => `${name} ${x.perSecond.toFixed(0)}/s p99 ${x.p99Ms.toFixed(1)} ms CPU ${x.cpuMsPerRequest.toFixed(2)} ms/request`;
    console.log(`  round ${round}: ${side(pair.subject, s)}; ${side(pair.baseline, b)} (load ${load()})`);
  }
  const t = median(throughput);
  console.log(`${pair.title}: server CPU per request, baseline ÷ subject ${median(cpu).toFixed(2)} (the throughput ratio a CPU-bound server would reach)`);
  console.log(`${pair.title}: throughput ratio ${t.toFixed(2)} (goal ≥ ${pair.minThroughputRatio}) — ${t >= pair.minThroughputRatio ? 'met' : 'NOT met'}`);
  if (pair.maxP99Ratio !== undefined) {
    const p = median(p99);
    console.log(`${pair.title}: p99 ratio ${p.toFixed(2)} (goal ≤ ${pair.maxP99Ratio}) — ${p <= pair.maxP99Ratio ? 'met' : 'NOT met'}`);
  }
}

await ensureBuild();
const scratch = mkdtempSync(path.join(tmpdir(), 'numbdx-bench-server-'));
try {
  const url = `file:${path.join(scratch, 'bench.db')}`;
  console.log(`Database ready — ${await prepareDatabase(url)}`);
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const server = startAppServer(await freePort(), { DATABASE_URL: url }, profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`] : []);
  try {
    await waitForHealth(server);
    const source = await trafficSource(server.url);
    console.log(`${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s per side, loopback, production build, SQLite; load average ${load()}`);
    for (const pair of PAIRS) await comparePair(server, source, pair);
  } finally {
    await server.stop();
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
