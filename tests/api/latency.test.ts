// GET /api/differential through the route handler on the loaded catalog: parsing, the engine and
// JSON serialisation, ~200 calls. The snapshot is warm, so no call touches the database.
import { describe, expect, it } from 'vitest';
import * as route from '@/app/api/differential/route';
import { url } from './call';

// Ids that the fixture catalog has too, so the measurement runs on either.
const CASE = 'present=radiating-leg-pain,back-pain,slr-positive,saddle-anaesthesia&absent=diabetes,urinary-retention&age=45&sex=female';

describe('GET /api/differential latency', () => {
  it('has a median well under 50 ms', async () => {
    const once = async () => {
      const started = performance.now();
      const response = await route.GET(new Request(url(`/api/differential?${CASE}`)), undefined);
      await response.text();
      return { ms: performance.now() - started, status: response.status };
    };
    for (let i = 0; i < 20; i++) await once(); // warm the snapshot and the JIT
    const samples = [];
    for (let i = 0; i < 200; i++) samples.push(await once());
    expect(samples.every((s) => s.status === 200)).toBe(true);
    const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
    const p50 = ms[Math.floor(ms.length / 2)]!;
    const p95 = ms[Math.floor(ms.length * 0.95)]!;
    console.info(`GET /api/differential via the route handler: p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (${ms.length} calls)`);
    expect(p50).toBeLessThan(50);
  });
});
