// `npm test`: lint, typecheck, Vitest (unit + integration on a throwaway database), then the
// Playwright browser tests against a production server on a free port with its own database.
// Ends with one summary line: "N passed, N failed".
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureBuild } from './lib/ensure-build';
import { ROOT } from './lib/layout';
import { freePort } from './lib/server';
import { run } from './lib/run';
import { prepareDatabase } from './prepare-db';

const RESULTS = path.join(ROOT, 'test-results');
const tally = { passed: 0, failed: 0 };

function count(file: string, read: (json: unknown) => { passed: number; failed: number }): void {
  if (!existsSync(file)) return;
  const { passed, failed } = read(JSON.parse(readFileSync(file, 'utf8')));
  tally.passed += passed;
  tally.failed += failed;
}

async function step(name: string, work: () => Promise<void>): Promise<boolean> {
  console.log(`\n▶ ${name}`);
  try {
    await work();
    return true;
  } catch (error) {
    console.error(`✖ ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

async function main(): Promise<number> {
  mkdirSync(RESULTS, { recursive: true });
  for (const f of ['vitest.json', 'playwright.json']) rmSync(path.join(RESULTS, f), { force: true });
  const ok: boolean[] = [];
  ok.push(await step('lint', () => run('eslint', ['.', '--max-warnings=0'])));
  ok.push(await step('typecheck', () => run('tsc', ['--noEmit', '-p', 'tsconfig.json'])));
  ok.push(
    await step('unit and integration tests (Vitest)', () =>
      run('vitest', ['run', '--project', 'unit', '--project', 'integration', '--reporter=default', '--reporter=json', `--outputFile.json=${path.join(RESULTS, 'vitest.json')}`]),
    ),
  );
  count(path.join(RESULTS, 'vitest.json'), (j) => {
    const r = j as { numPassedTests: number; numFailedTests: number };
    return { passed: r.numPassedTests, failed: r.numFailedTests };
  });
  ok.push(
    await step('browser tests (Playwright)', async () => {
      const scratch = mkdtempSync(path.join(tmpdir(), 'numbdx-e2e-'));
      try {
        const url = `file:${path.join(scratch, 'e2e.db')}`;
        console.log(`Database ready — ${await prepareDatabase(url)}`);
        await ensureBuild();
        const port = await freePort();
        await run('playwright', ['test'], { ...process.env, DATABASE_URL: url, E2E_PORT: String(port) });
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    }),
  );
  count(path.join(RESULTS, 'playwright.json'), (j) => {
    const s = (j as { stats: { expected: number; unexpected: number; flaky: number } }).stats;
    return { passed: s.expected + s.flaky, failed: s.unexpected };
  });
  const failedSteps = ok.filter((x) => !x).length;
  console.log(`\n${failedSteps === 0 ? 'All steps passed.' : `${failedSteps} step(s) failed.`}`);
  console.log(`${tally.passed} passed, ${tally.failed + (failedSteps && !tally.failed ? failedSteps : 0)} failed`);
  return failedSteps === 0 ? 0 : 1;
}

main().then((code) => process.exit(code));
