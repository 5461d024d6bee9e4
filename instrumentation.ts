// Next calls register() once when a server starts. NumbDx loads its catalog here, so a missing,
// empty or corrupt database stops the process with one message and a non-zero exit instead of
// serving errors. `next build` skips it (it needs no database).

/** Start-up check: exit 1 with one line on stderr unless the catalog loads. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { catalogStartupProblem } = await import('./lib/catalog/startup');
  const problem = await catalogStartupProblem();
  if (problem) {
    console.error(`NumbDx cannot start: ${problem}`);
    process.exit(1);
  }
}
