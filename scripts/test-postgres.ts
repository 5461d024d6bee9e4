// `npm run test:postgres`: the integration tests again, against a throwaway PostgreSQL cluster
// started here and removed afterwards; then the system tests (production servers through a
// PostgreSQL outage, several instances on one PostgreSQL, start-up failures, the body cap), which
// start clusters of their own. Needs the PostgreSQL server binaries. Arguments go to Vitest.
import { ensureBuild } from './lib/ensure-build';
import { startPgCluster } from './lib/pg-cluster';
import { run } from './lib/run';

let failed = false;
const cluster = await startPgCluster();
console.log(`PostgreSQL throwaway cluster at ${cluster.url}`);
try {
  await run('vitest', ['run', '--project', 'integration', ...process.argv.slice(2)], { ...process.env, TEST_DATABASE_URL: cluster.url });
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : String(error));
} finally {
  cluster.stop();
}
try {
  await ensureBuild();
  await run('vitest', ['run', '--project', 'system', ...process.argv.slice(2)]);
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : String(error));
}
process.exit(failed ? 1 : 0);
