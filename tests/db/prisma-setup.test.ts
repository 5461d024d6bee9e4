// The Prisma pieces that must move together: the WebAssembly schema engine the offline migrations
// use is the very build inside the installed Prisma CLI, and prisma.config.ts points the standard
// CLI at the right schema, migrations and database.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ROOT } from '../support/prepare';

const json = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;
const sha256 = (file: string) => createHash('sha256').update(readFileSync(path.join(ROOT, file))).digest('hex');

describe('schema engine pin', () => {
  it('matches the engine build of the installed prisma, in package.json and on disk', () => {
    const manifest = json('package.json') as { dependencies: Record<string, string> };
    const prismaVersion = (json('node_modules/prisma/package.json') as { version: string }).version;
    // What `prisma -v` reports as its engines: "<prisma version>-<n>.<engines commit>".
    const enginesVersion = json('node_modules/@prisma/engines-version/package.json') as { version: string; prisma: { enginesVersion: string } };
    expect(manifest.dependencies.prisma).toBe(prismaVersion);
    expect(enginesVersion.version.startsWith(`${prismaVersion}-`)).toBe(true);
    expect(enginesVersion.version.endsWith(`.${enginesVersion.prisma.enginesVersion}`)).toBe(true);
    expect(manifest.dependencies['@prisma/schema-engine-wasm']).toBe(enginesVersion.version);
    expect((json('node_modules/@prisma/schema-engine-wasm/package.json') as { version: string }).version).toBe(enginesVersion.version);
  });

  it('is byte-identical to the engine inside the Prisma CLI', () => {
    expect(sha256('node_modules/@prisma/schema-engine-wasm/schema_engine_bg.wasm')).toBe(sha256('node_modules/prisma/build/schema_engine_bg.wasm'));
  });
});

describe('prisma.config.ts', () => {
  const original = process.env.DATABASE_URL;
  afterEach(() => {
    process.env.DATABASE_URL = original;
    vi.resetModules();
  });

  async function configFor(url: string | undefined) {
    if (url === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = url;
    vi.resetModules();
    return (await import('../../prisma.config')).default as { schema: string; migrations: { path: string }; datasource: { url: string } };
  }

  it('uses the SQLite schema and migrations, with the default file taken from the project folder', async () => {
    const config = await configFor(undefined);
    expect(config.schema).toBe(path.join(ROOT, 'prisma', 'schema.prisma'));
    expect(config.migrations.path).toBe(path.join(ROOT, 'prisma', 'migrations'));
    expect(config.datasource.url).toBe(`file:${path.join(ROOT, 'data', 'numbdx.db')}`);
  });

  it('uses the derived PostgreSQL schema and its migrations for a postgres:// URL', async () => {
    const url = 'postgresql://app:secret@db.internal:5432/numbdx';
    const config = await configFor(url);
    expect(config.schema).toBe(path.join(ROOT, 'prisma', 'postgres', 'schema.prisma'));
    expect(config.migrations.path).toBe(path.join(ROOT, 'prisma', 'postgres', 'migrations'));
    expect(config.datasource.url).toBe(url);
  });
});
