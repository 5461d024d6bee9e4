// Reads the rows a snapshot is built from, in one read transaction so that a seed running at the
// same moment (it replaces the catalog in one transaction) is seen wholly or not at all.
import 'server-only';
import type { Db } from '../prisma-client';
import type { SnapshotData } from './snapshot-build';
import { decodeSnapshotRows } from './snapshot-decode';

/** The version stamp the seed wrote, or null when no catalog is loaded. */
export async function readCatalogVersion(db: Db): Promise<string | null> {
  const meta = await db.catalogMeta.findUnique({ where: { id: 'catalog' }, select: { version: true } });
  return meta?.version ?? null;
}

/** Every row the snapshot needs (everything the pages and the API show), decoded. */
export async function readSnapshotData(db: Db): Promise<SnapshotData> {
  const [
    meta, findings, causes, tests, treatments, findingLinks, testLinks, treatmentLinks, rules, ruleTriggers, ruleCauses,
    references, causeReferences, testReferences, treatmentReferences, advice,
  ] = await db.$transaction([
    db.catalogMeta.findUnique({ where: { id: 'catalog' } }),
    db.finding.findMany(),
    db.cause.findMany(),
    db.test.findMany(),
    db.treatment.findMany(),
    db.causeFinding.findMany(),
    db.causeTest.findMany(),
    db.causeTreatment.findMany(),
    db.redFlagRule.findMany(),
    db.redFlagTrigger.findMany(),
    db.redFlagCause.findMany(),
    db.reference.findMany(),
    db.causeReference.findMany(),
    db.testReference.findMany(),
    db.treatmentReference.findMany(),
    db.advice.findMany({ orderBy: { sortKey: 'asc' } }),
  ]);
  return decodeSnapshotRows({
    meta, findings, causes, tests, treatments, findingLinks, testLinks, treatmentLinks, rules, ruleTriggers, ruleCauses,
    references, causeReferences, testReferences, treatmentReferences, advice,
  });
}
