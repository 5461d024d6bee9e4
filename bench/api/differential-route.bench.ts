// GET /api/differential through the route handler on the loaded catalog: parsing, the engine and
// JSON serialisation. The snapshot is warm, so no call touches the database. Run with
// `npm run bench:api` (it prepares its own throwaway database, as the integration tests do).
import { bench, describe } from 'vitest';
import * as route from '@/app/api/differential/route';
import { url } from '../../tests/api/call';

// Ids that the fixture catalog has too, so the measurement runs on either.
const CASE = 'present=radiating-leg-pain,back-pain,slr-positive,saddle-anaesthesia&absent=diabetes,urinary-retention&age=45&sex=female';

async function once(): Promise<void> {
  const response = await route.GET(new Request(url(`/api/differential?${CASE}`)), undefined);
  if (response.status !== 200) throw new Error(`GET /api/differential answered ${response.status}`);
  await response.text();
}

describe('GET /api/differential via the route handler', () => {
  bench('office-worker case, warm snapshot', once, { warmupIterations: 20, iterations: 200 });
});
