// The database and the data files give the snapshot the same catalog: one row mapping per entity
// (lib/catalog/rows.ts writes, lib/catalog/snapshot-decode.ts reads), nothing decoded twice.
import { describe, expect, it } from 'vitest';
import { CATALOG_DIR, loadCatalog } from '@/lib/catalog/files';
import { buildCatalogSnapshot } from '@/lib/catalog/snapshot-build';
import { snapshotDataFromFiles } from '@/lib/catalog/snapshot-from-files';
import { readSnapshotData } from '@/lib/catalog/snapshot-load';
import { prisma } from '@/lib/db';

const sortById = <T extends object>(rows: readonly T[]): T[] => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('snapshot sources', () => {
  it('reads from the database exactly what the data files give', async () => {
    const fromDb = await readSnapshotData(prisma);
    const fromFiles = snapshotDataFromFiles(loadCatalog(process.env.CATALOG_DIR ?? CATALOG_DIR).data, fromDb.version);
    for (const key of ['findings', 'causes', 'tests', 'treatments', 'findingLinks', 'testLinks', 'treatmentLinks', 'references',
      'causeReferences', 'testReferences', 'treatmentReferences', 'advice'] as const) {
      expect(sortById(fromDb[key] as object[]), key).toEqual(sortById(fromFiles[key] as object[]));
    }
    const rules = (d: typeof fromDb) => sortById(d.rules.map((r) => ({ ...r, triggers: sortById(r.triggers), causeIds: [...r.causeIds].sort() })));
    expect(rules(fromDb)).toEqual(rules(fromFiles));
  });

  it('holds every reference list and advice entry the pages show', async () => {
    const snapshot = buildCatalogSnapshot(await readSnapshotData(prisma));
    expect(snapshot.advice.length).toBe(await prisma.advice.count());
    const cited = [...snapshot.referencesByCause.values(), ...snapshot.referencesByTest.values(), ...snapshot.referencesByTreatment.values()]
      .reduce((n, list) => n + list.length, 0);
    expect(cited).toBe((await prisma.causeReference.count()) + (await prisma.testReference.count()) + (await prisma.treatmentReference.count()));
  });
});
