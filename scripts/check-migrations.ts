// Fails when prisma/schema.prisma has changed without a migration, or when the derived
// PostgreSQL schema is out of date. PostgreSQL SQL is rendered only when
// MIGRATION_POSTGRES_URL names a scratch PostgreSQL database.
import { readFileSync } from 'node:fs';
import { derivePostgresSchema } from './derive-postgres-schema';
import { LAYOUT } from './lib/layout';
import { pendingSql } from './new-migration';

const problems: string[] = [];
if (readFileSync(LAYOUT.postgresql.schema, 'utf8') !== derivePostgresSchema(readFileSync(LAYOUT.sqlite.schema, 'utf8'))) {
  problems.push('prisma/postgres/schema.prisma is stale: run npm run db:generate');
}
const providers = process.env.MIGRATION_POSTGRES_URL ? (['sqlite', 'postgresql'] as const) : (['sqlite'] as const);
for (const provider of providers) {
  const sql = await pendingSql(provider);
  if (sql !== '' && !/^-- This is an empty migration\.?$/.test(sql)) {
    problems.push(`${provider}: the schema has changes no migration makes (npm run db:new-migration -- <name>):\n${sql}`);
  }
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`Migrations match the schema (${providers.join(', ')}).`);
