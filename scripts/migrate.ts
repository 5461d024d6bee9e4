// Applies pending migrations to DATABASE_URL (SQLite by default), as `prisma migrate deploy` does.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { databaseUrl, providerFor, redactUrl, sqliteFileUrl } from '../lib/database-url';
import { applyMigrations } from './lib/schema-engine';
import { isMainModule } from './lib/main-module';

/** Migrates the database at `url`, creating the SQLite file's folder if needed. */
export async function migrate(url: string): Promise<string[]> {
  if (providerFor(url) === 'sqlite') {
    mkdirSync(path.dirname(sqliteFileUrl(url).slice('file:'.length)), { recursive: true });
  }
  return applyMigrations(url);
}

if (isMainModule(import.meta.url)) {
  const url = databaseUrl();
  migrate(url)
    .then((applied) => {
      console.log(applied.length ? `Applied ${applied.length} migration(s) to ${redactUrl(url)}: ${applied.join(', ')}` : `Database ${redactUrl(url)} is up to date`);
    })
    .catch((error: unknown) => {
      console.error(`Migration failed for ${redactUrl(url)}: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
