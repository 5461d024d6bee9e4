import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { runScript } from './prepare';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * A throwaway database for the integration tests, migrated and seeded with the real catalog.
 * TEST_DATABASE_URL (never DATABASE_URL, so a real database is never wiped) selects PostgreSQL.
 */
export default function setup(project: TestProject): () => void {
  const pgUrl = process.env.TEST_DATABASE_URL;
  const scratch = pgUrl ? null : mkdtempSync(path.join(tmpdir(), 'numbdx-test-'));
  const url = pgUrl ?? `file:${path.join(scratch!, 'test.db')}`;
  process.stdout.write(runScript('prepare-db.ts', url, ['--fresh']));
  project.provide('databaseUrl', url);
  return () => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  };
}
