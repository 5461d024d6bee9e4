// The snapshot's rows taken straight from the validated data files, without a database: for
// benchmarks and database-free tests of the whole pipeline. The rows are the ones the seed
// writes, decoded by the same mapping the database load uses.
import type { CatalogData } from '../schemas/catalog';
import { catalogVersion } from './files';
import {
  adviceRows,
  causeReferenceRows,
  causeRows,
  findingLinkRows,
  findingRows,
  redFlagCauseRows,
  redFlagRuleRows,
  referenceRows,
  testLinkRows,
  testReferenceRows,
  testRows,
  treatmentLinkRows,
  treatmentReferenceRows,
  treatmentRows,
  triggerRows,
} from './rows';
import type { SnapshotData } from './snapshot-build';
import { decodeSnapshotRows } from './snapshot-decode';

/** The rows the seed would write for `data`, in the shape the snapshot is built from. */
export function snapshotDataFromFiles(data: CatalogData, version: string = catalogVersion(data)): SnapshotData {
  const snapshot = decodeSnapshotRows({
    meta: null,
    findings: findingRows(data),
    causes: causeRows(data),
    tests: testRows(data),
    treatments: treatmentRows(data),
    findingLinks: findingLinkRows(data),
    testLinks: testLinkRows(data),
    treatmentLinks: treatmentLinkRows(data),
    rules: redFlagRuleRows(data),
    ruleTriggers: triggerRows(data),
    ruleCauses: redFlagCauseRows(data),
    references: referenceRows(data),
    causeReferences: causeReferenceRows(data),
    testReferences: testReferenceRows(data),
    treatmentReferences: treatmentReferenceRows(data),
    advice: adviceRows(data),
  });
  return { ...snapshot, version };
}
