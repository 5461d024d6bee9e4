// A second, empty database of the same provider as the test database, for tests that need to
// load their own catalog (seed idempotency, invalid data) without touching the shared one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { providerFor } from '@/lib/database-url';
import { runScript } from './prepare';

export interface ScratchDb {
  url: string;
  drop(): Promise<void>;
}

/** Creates and migrates an empty scratch database next to `baseUrl`. */
export async function createScratchDb(baseUrl: string): Promise<ScratchDb> {
  if (providerFor(baseUrl) === 'postgresql') {
    const name = `numbdx_scratch_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    runScript('migrate.ts', url.toString());
    return {
      url: url.toString(),
      async drop() {
        const client = new pg.Client({ connectionString: baseUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'numbdx-scratch-'));
  const url = `file:${path.join(dir, 'scratch.db')}`;
  runScript('migrate.ts', url);
  return { url, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}
