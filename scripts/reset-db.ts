// Drops everything in DATABASE_URL, then migrates and seeds it afresh (`npm run db:reset`).
import { databaseUrl } from '../lib/database-url';
import { prepareDatabase } from './prepare-db';

try {
  console.log(`Reset ${await prepareDatabase(databaseUrl(), { fresh: true })}`);
} catch (error: unknown) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
