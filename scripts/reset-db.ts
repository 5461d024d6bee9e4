// Drops everything in DATABASE_URL, then migrates and seeds it afresh (`npm run db:reset`).
import { databaseUrl, redactUrl } from '../lib/database-url';
import { resetDatabase } from './lib/schema-engine';
import { migrate } from './migrate';
import { seedFromDisk } from '../prisma/seed';

const url = databaseUrl();
try {
  await resetDatabase(url);
  await migrate(url);
  const summary = await seedFromDisk(url);
  console.log(`Reset ${redactUrl(url)}: ${summary}`);
} catch (error: unknown) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
