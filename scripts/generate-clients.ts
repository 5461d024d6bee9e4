// Generates the Prisma clients for SQLite and PostgreSQL (generated/sqlite, generated/postgres).
// `prisma generate` needs no schema engine, but the CLI looks for one first; pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips that download (see README).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { LAYOUT, ROOT } from './lib/layout';
import { writePostgresSchema } from './derive-postgres-schema';

writePostgresSchema();
const prismaCli = path.join(ROOT, 'node_modules', 'prisma', 'build', 'index.js');
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? prismaCli, PRISMA_HIDE_UPDATE_MESSAGE: '1' };
for (const { schema } of Object.values(LAYOUT)) {
  execFileSync(process.execPath, [prismaCli, 'generate', '--schema', schema], { env, stdio: ['ignore', 'ignore', 'inherit'], cwd: ROOT });
}
console.log('Prisma clients generated (generated/sqlite, generated/postgres)');
