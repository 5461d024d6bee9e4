// Derives prisma/postgres/schema.prisma from the one source schema, prisma/schema.prisma.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { LAYOUT } from './lib/layout';
import { isMainModule } from './lib/main-module';

const HEADER = '// GENERATED from prisma/schema.prisma by scripts/derive-postgres-schema.ts. Do not edit.\n';

/** The PostgreSQL twin of a SQLite schema: same models, other provider and client folder. */
export function derivePostgresSchema(sqliteSchema: string): string {
  const replaced = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output\s*=\s*"\.\.\/generated\/sqlite"/, 'output   = "../../generated/postgres"');
  if (!replaced.includes('"postgresql"') || !replaced.includes('generated/postgres')) {
    throw new Error('prisma/schema.prisma: expected provider "sqlite" and output "../generated/sqlite"');
  }
  return HEADER + replaced;
}

export function writePostgresSchema(): boolean {
  const next = derivePostgresSchema(readFileSync(LAYOUT.sqlite.schema, 'utf8'));
  let current = '';
  try {
    current = readFileSync(LAYOUT.postgresql.schema, 'utf8');
  } catch {
    // first run: nothing derived yet
  }
  if (current === next) return false;
  mkdirSync(path.dirname(LAYOUT.postgresql.schema), { recursive: true });
  writeFileSync(LAYOUT.postgresql.schema, next);
  return true;
}

if (isMainModule(import.meta.url)) {
  console.log(writePostgresSchema() ? 'prisma/postgres/schema.prisma updated' : 'prisma/postgres/schema.prisma up to date');
}
