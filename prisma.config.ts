// Configuration for the standard Prisma CLI (`npx prisma migrate deploy`, `migrate status`, …) on
// a machine where Prisma can fetch its schema engine. DATABASE_URL picks the schema and the
// migrations folder exactly as the app picks its client (postgres:// → prisma/postgres/).
// Offline, `npm run db:migrate` applies the same folders with the WebAssembly engine instead.
import { defineConfig } from 'prisma/config';
import { databaseUrl, providerFor, sqliteFileUrl } from './lib/database-url';
import { LAYOUT } from './scripts/lib/layout';

const url = databaseUrl();
const provider = providerFor(url);

export default defineConfig({
  schema: LAYOUT[provider].schema,
  migrations: { path: LAYOUT[provider].migrations, seed: 'node --import tsx prisma/seed.ts' },
  // SQLite paths are taken from the project folder, as the app takes them.
  datasource: { url: provider === 'sqlite' ? sqliteFileUrl(url, import.meta.dirname) : url },
});
