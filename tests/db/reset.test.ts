import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient } from '@/lib/prisma-client';
import { ROOT, runScript } from '../support/prepare';
import { createScratchDb, type ScratchDb } from '../support/scratch-db';

const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'catalog-mini');

describe('npm run db:reset', () => {
  let scratch: ScratchDb;
  beforeAll(async () => {
    scratch = await createScratchDb(inject('databaseUrl'));
  });
  afterAll(async () => {
    await scratch.drop();
  });

  it('drops, migrates and seeds a database, and can run again on the result', async () => {
    for (let run = 0; run < 2; run++) {
      expect(runScript('reset-db.ts', scratch.url, [], { CATALOG_DIR: FIXTURE })).toMatch(/^Reset .*loaded catalog/);
    }
    const db = createPrismaClient(scratch.url);
    try {
      expect(await db.cause.count()).toBe(3);
    } finally {
      await db.$disconnect();
    }
  });
});
