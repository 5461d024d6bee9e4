// `npm run bench:scale`: builds seeded synthetic catalogs with the real catalog's shape at ×1,
// ×10 and ×100 causes and times a full differential (ranking, alerts, can't-miss, next findings,
// workup) for a 10-finding case. Prints one JSON line per size and nothing else starting with "{".
// Goal at ≥ 4,000 causes: median ≤ 5 ms, p99 ≤ 20 ms, heap ≤ 300 MB.
//
// It times the output the workspace asks for, `limit: WORKSPACE_CAUSE_LIMIT` (the first 100 causes
// explained, plus every can't-miss one; posteriors over all causes): that is what a clinician waits
// for after an edit, in the browser or through the API. `npm run bench:scale -- 1,10,100 all` times
// the unlimited output instead (every cause with its explanation, as computeDifferential gives
// without a limit), which only in-process callers take (the evaluation); the API returns ≤ 100.
// Each size also prints its CPU time per differential on stderr (a "#" line).
import { availableParallelism, loadavg } from 'node:os';
import { computeDifferential } from '../lib/engine/differential';
import { buildEngineIndex } from '../lib/engine/engine-index';
import { loadCatalog } from '../lib/catalog/files';
import { toEngineCatalog } from '../lib/catalog/snapshot-build';
import { snapshotDataFromFiles } from '../lib/catalog/snapshot-from-files';
import type { CaseInput } from '../lib/engine/types';
import { WORKSPACE_CAUSE_LIMIT } from '../lib/workspace/case-query';
import { scaleCatalog, seededRandom } from './synthetic-catalog';

const FACTORS = (process.argv[2] ?? '1,10,100').split(',').map(Number);
const OPTIONS = process.argv[3] === 'all' ? {} : { limit: WORKSPACE_CAUSE_LIMIT };
const RUNS = 200;
const real = toEngineCatalog(snapshotDataFromFiles(loadCatalog().data));
const gc = (globalThis as { gc?: () => void }).gc;
// Typed arrays live outside the JS heap (arrayBuffers), so both count.
const memory = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;

/** Ten findings drawn from the catalog, some present and some absent, the same for a given seed. */
function caseOf(ids: readonly string[], seed: number): CaseInput {
  const random = seededRandom(seed);
  const picked = new Set<string>();
  while (picked.size < 10) picked.add(ids[Math.floor(random() * ids.length)]!);
  const all = [...picked];
  return { present: all.slice(0, 7), absent: all.slice(7), age: 55, sex: 'female' };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const round = (x: number) => Math.round(x * 1000) / 1000;

for (const factor of FACTORS) {
  const catalog = scaleCatalog(real, factor);
  gc?.();
  const heapBefore = memory();
  const started = performance.now();
  const index = buildEngineIndex(catalog);
  const buildMs = performance.now() - started;
  const ids = catalog.findings.map((f) => f.id);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let run = 0; run < RUNS + 20; run++) {
    const input = caseOf(ids, run);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    computeDifferential(index, input, OPTIONS);
    const elapsed = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    if (run < 20) continue; // the first 20 warm the JIT
    times.push(elapsed);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  gc?.();
  const heapMB = (memory() - heapBefore) / 2 ** 20;
  times.sort((a, b) => a - b);
  const links = catalog.causes.reduce((n, c) => n + c.findings.length, 0);
  console.log(
    JSON.stringify({
      causes: catalog.causes.length,
      findings: catalog.findings.length,
      links,
      buildMs: round(buildMs),
      medianMs: round(quantile(times, 0.5)),
      p99Ms: round(quantile(times, 0.99)),
      heapMB: round(heapMB),
    }),
  );
  // CPU time (µs resolution, GC included) is much less disturbed by other jobs than wall time.
  cpuTimes.sort((a, b) => a - b);
  console.error(`# ×${factor}: CPU per differential median ${round(quantile(cpuTimes, 0.5))} ms, p99 ${round(quantile(cpuTimes, 0.99))} ms`);
  if (index.causes.length !== catalog.causes.length) throw new Error('index lost causes');
}
// Wall-clock figures mean little on a shared machine: say how busy it was (stderr, never a "{" line).
console.error(`# load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
