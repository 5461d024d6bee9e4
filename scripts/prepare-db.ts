// Brings DATABASE_URL (default: the embedded SQLite file) up to date: applies pending
// migrations, then loads the catalog if the database does not hold this version of it.
// `--fresh` drops everything first (used for throwaway test databases).
import { databaseUrl, redactUrl } from '../lib/database-url';
import { seedFromDisk } from '../prisma/seed';
import { resetDatabase } from './lib/schema-engine';
import { migrate } from './migrate';
import { isMainModule } from './lib/main-module';

/** Migrates and seeds `url`; returns a one-line summary. */
export async function prepareDatabase(url: string, { fresh = false } = {}): Promise<string> {
  if (fresh) await resetDatabase(url);
  const applied = await migrate(url);
  const seeded = await seedFromDisk(url);
  return `${redactUrl(url)}: ${applied.length} migration(s) applied; ${seeded}`;
}

if (isMainModule(import.meta.url)) {
  prepareDatabase(databaseUrl(), { fresh: process.argv.includes('--fresh') })
    .then((summary) => console.log(`Database ready — ${summary}`))
    .catch((error: unknown) => {
      console.error(`Database preparation failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
