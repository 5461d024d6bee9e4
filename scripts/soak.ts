// `npm run soak`: mixed load on the production server (API calls, pages, static assets) at 100
// connections for 5 minutes, against its own throwaway SQLite database on loopback. Passes with
// zero errors and resident memory growing at most 20 % after the first minute. Not in `npm test`.
// SOAK_SECONDS and SOAK_CONNECTIONS override the defaults (e.g. for a quick try).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureBuild } from './lib/ensure-build';
import { runLoad } from './lib/load';
import { freePort } from './lib/server';
import { startAppServer, waitForHealth } from './lib/server';
import { mixedRequest, trafficSource } from './lib/traffic';
import { prepareDatabase } from './prepare-db';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 100);
const WARM_UP_SECONDS = Math.min(60, SECONDS / 5);
const MAX_GROWTH = 0.2;

const scratch = mkdtempSync(path.join(tmpdir(), 'numbdx-soak-'));
let code = 1;
try {
  const url = `file:${path.join(scratch, 'soak.db')}`;
  console.log(`Database ready — ${await prepareDatabase(url)}`);
  await ensureBuild();
  const server = startAppServer(Number(process.env.SOAK_PORT ?? (await freePort())), { DATABASE_URL: url });
  try {
    await waitForHealth(server);
    const source = await trafficSource(server.url);
    const samples: { second: number; rssKb: number }[] = [];
    const t0 = Date.now();
    const sampler = setInterval(() => samples.push({ second: (Date.now() - t0) / 1000, rssKb: server.rssKb() }), 5_000);
    console.log(`Soak: ${CONNECTIONS} connections for ${SECONDS} s against ${server.url} (RSS at start ${(server.rssKb() / 1024).toFixed(0)} MiB)`);
    const result = await runLoad({ baseUrl: server.url, connections: CONNECTIONS, durationMs: SECONDS * 1000, next: () => mixedRequest(source) });
    clearInterval(sampler);
    samples.push({ second: (Date.now() - t0) / 1000, rssKb: server.rssKb() });
    const afterWarmUp = samples.find((s) => s.second >= WARM_UP_SECONDS) ?? samples[0]!;
    const peak = Math.max(...samples.filter((s) => s.second >= afterWarmUp.second).map((s) => s.rssKb));
    const last = samples.at(-1)!;
    const growth = (peak - afterWarmUp.rssKb) / afterWarmUp.rssKb;
    console.log(`\n${result.requests} requests in ${result.seconds.toFixed(0)} s (${result.perSecond.toFixed(0)}/s), ${result.errors} errors`);
    if (result.errorSamples.length) console.log(`errors, first few: ${result.errorSamples.join('; ')}`);
    console.log('kind                          count  errors  p50 ms  p99 ms');
    for (const [kind, s] of Object.entries(result.byKind).sort()) {
      console.log(`${kind.padEnd(28)} ${String(s.count).padStart(6)} ${String(s.errors).padStart(7)} ${s.p50Ms.toFixed(1).padStart(7)} ${s.p99Ms.toFixed(1).padStart(7)}`);
    }
    const mib = (kb: number) => `${(kb / 1024).toFixed(0)} MiB`;
    console.log(
      `RSS: ${mib(afterWarmUp.rssKb)} at ${afterWarmUp.second.toFixed(0)} s, peak after that ${mib(peak)}, at the end ${mib(last.rssKb)}: growth ${(growth * 100).toFixed(1)} % (limit ${MAX_GROWTH * 100} %)`,
    );
    console.log(`RSS samples (MiB): ${samples.map((s) => (s.rssKb / 1024).toFixed(0)).join(' ')}`);
    code = result.errors === 0 && growth <= MAX_GROWTH ? 0 : 1;
    console.log(code === 0 ? 'Soak passed.' : 'Soak FAILED.');
  } finally {
    await server.stop();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(code);
