// `npm run test:postgres`: the integration tests again, against a throwaway PostgreSQL cluster
// started here and removed afterwards (needs the PostgreSQL server binaries).
import { startPgCluster } from './lib/pg-cluster';
import { run } from './lib/run';

const cluster = await startPgCluster();
console.log(`PostgreSQL throwaway cluster at ${cluster.url}`);
let failed = false;
try {
  await run('vitest', ['run', '--project', 'integration', ...process.argv.slice(2)], { ...process.env, TEST_DATABASE_URL: cluster.url });
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : String(error));
} finally {
  cluster.stop();
}
process.exit(failed ? 1 : 0);
