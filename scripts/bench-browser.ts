// `npm run bench:browser`: the browser timings (edit-to-screen and the like) in Debian's Chromium
// against a production server on a free port with its own throwaway database. Timings live here,
// never in `npm test`: a shared 2-core machine makes wall-clock thresholds flaky.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureBuild } from './lib/ensure-build';
import { freePort } from './lib/server';
import { run } from './lib/run';
import { prepareDatabase } from './prepare-db';

const scratch = mkdtempSync(path.join(tmpdir(), 'numbdx-bench-'));
let code = 0;
try {
  const url = `file:${path.join(scratch, 'bench.db')}`;
  console.log(`Database ready — ${await prepareDatabase(url)}`);
  await ensureBuild();
  const port = await freePort();
  await run('playwright', ['test', '--config', 'playwright.bench.config.ts', ...process.argv.slice(2)], {
    ...process.env,
    DATABASE_URL: url,
    E2E_PORT: String(port),
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  code = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(code);
