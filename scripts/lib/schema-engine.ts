// Prisma's schema engine compiled to WebAssembly, driven through a driver adapter, so that
// migrations are made and applied with no engine download (see README, "Offline Prisma").
// Node 20 needs --experimental-wasm-modules to import it; the npm scripts pass that flag.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { SchemaEngine, type MigrationList } from '@prisma/schema-engine-wasm';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { providerFor, sqliteFileUrl } from '../../lib/database-url';
import { LAYOUT } from './layout';

export { LAYOUT, ROOT } from './layout';

const NO_FILTERS: { externalTables: string[]; externalEnums: string[] } = { externalTables: [], externalEnums: [] };

function adapterFor(url: string) {
  return providerFor(url) === 'postgresql'
    ? new PrismaPg({ connectionString: url })
    : new PrismaBetterSqlite3({ url: sqliteFileUrl(url) });
}

type AdapterFactory = ReturnType<typeof adapterFor>;
type Adapter = Awaited<ReturnType<AdapterFactory['connect']>>;

/**
 * Runs `work` with the schema engine open on a database URL, then closes every connection the
 * engine opened (an open SQLite connection would otherwise lock the file for the seed).
 */
export async function withEngine<T>(url: string, schemaText: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const factory = adapterFor(url);
  const opened: Adapter[] = [];
  const tracking = {
    adapterName: factory.adapterName,
    provider: factory.provider,
    connect: async () => {
      const adapter = await factory.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = await factory.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  };
  const engine = await SchemaEngine.new(
    { datamodels: [['schema.prisma', schemaText]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(tracking as AdapterFactory),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}

/** Reads a migrations folder in Prisma's standard layout. */
export function readMigrations(dir: string): MigrationList {
  const lockPath = path.join(dir, 'migration_lock.toml');
  const names = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'migration.sql')))
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok' as const, value: readFileSync(path.join(dir, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

/** Applies the pending migrations of the provider that the URL names; returns their names. */
export async function applyMigrations(url: string): Promise<string[]> {
  const layout = LAYOUT[providerFor(url)];
  return withEngine(url, readFileSync(layout.schema, 'utf8'), async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: readMigrations(layout.migrations),
      filters: NO_FILTERS,
    });
    return appliedMigrationNames;
  });
}

/** SQL that takes a database from one schema text (or nothing) to another; '' when equal. */
export async function diffSchemas(url: string, fromText: string | null, toText: string): Promise<string> {
  const target = (text: string) => ({ tag: 'schemaDatamodel' as const, files: [{ path: 'schema.prisma', content: text }] });
  return withEngine(url, toText, async (engine) => {
    const result = await engine.diff({
      from: fromText === null ? { tag: 'empty' } : target(fromText),
      to: target(toText),
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return result.stdout ?? '';
  });
}

/** Drops everything in the database (tables, data, migration history). */
export async function resetDatabase(url: string): Promise<void> {
  if (providerFor(url) === 'sqlite') {
    // The WebAssembly engine cannot delete a SQLite file, and its reset leaves the tables behind;
    // removing the file (and its journals) is what `prisma migrate reset` does for SQLite.
    const file = sqliteFileUrl(url).slice('file:'.length);
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    return;
  }
  const layout = LAYOUT[providerFor(url)];
  await withEngine(url, readFileSync(layout.schema, 'utf8'), (engine) => engine.reset({ filter: NO_FILTERS }));
}
