// The one Prisma client factory. The adapter follows DATABASE_URL: postgres:// or postgresql://
// selects PostgreSQL (@prisma/adapter-pg), anything else is the embedded SQLite file
// (better-sqlite3). Node only, not server-only: the seed and scripts create clients with it too;
// the app's shared client is `prisma` in lib/db.ts.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/sqlite/client';
import { PrismaClient as PostgresPrismaClient } from '@/generated/postgres/client';
import { databaseUrl, providerFor, sqliteFileUrl } from './database-url';

/** Both generated clients share one model API; the SQLite one names the type. */
export type Db = PrismaClient;

/** A new client for `url`. Only scripts and tests call this; the app uses `prisma` (lib/db.ts). */
export function createPrismaClient(url: string = databaseUrl()): Db {
  if (providerFor(url) === 'postgresql') {
    // Same schema, other provider: the model API is identical, so one type serves both.
    // A connection attempt gives up after 5 s, so an unreachable server fails health checks and
    // catalog refreshes quickly (and they retry) instead of hanging on TCP timeouts.
    return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url, connectionTimeoutMillis: 5_000 }) }) as unknown as Db;
  }
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: sqliteFileUrl(url) }) });
}
