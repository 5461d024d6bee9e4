// The snapshot's rows taken straight from the validated data files, without a database: for
// benchmarks and database-free tests of the whole pipeline.
import type { CatalogData } from '../schemas/catalog';
import { catalogVersion } from './files';
import { icd10Codes } from './json';
import { findingLinkRows, findingRows, referenceRows, testLinkRows, testRows, treatmentLinkRows, treatmentRows, triggerRows } from './rows';
import type { SnapshotData } from './snapshot-build';

/** The rows the seed would write for `data`, in the shape the snapshot is built from. */
export function snapshotDataFromFiles(data: CatalogData, version: string = catalogVersion(data)): SnapshotData {
  const triggers = triggerRows(data);
  return {
    version,
    seededAt: null,
    findings: findingRows(data).map(({ implies: _implies, ...f }) => f),
    causes: data.causes.map((c) => ({
      id: c.id,
      name: c.name,
      synonyms: c.synonyms,
      category: c.category,
      urgency: c.urgency,
      cantMiss: c.cantMiss,
      prevalenceTier: c.prevalenceTier,
      typicalAge: c.typicalAge,
      typicalSex: c.typicalSex,
      onset: c.onset,
      laterality: c.laterality,
      summary: c.summary,
      icd10: icd10Codes(c.codes),
      codes: c.codes,
    })),
    tests: testRows(data),
    treatments: treatmentRows(data),
    findingLinks: findingLinkRows(data),
    testLinks: testLinkRows(data),
    treatmentLinks: treatmentLinkRows(data),
    rules: data.redFlags.map(({ triggers: _groups, causes, ...rule }) => ({
      ...rule,
      triggers: triggers.filter((t) => t.ruleId === rule.id).map(({ group, findingId }) => ({ group, findingId })),
      causeIds: causes,
    })),
    references: referenceRows(data),
    model: {
      causes: data.causes.map(({ id, prevalenceBySetting, attributes }) => ({
        id,
        ...(prevalenceBySetting ? { prevalenceBySetting } : {}),
        ...(attributes ? { attributes } : {}),
      })),
      findings: data.findings.map(({ id, implies }) => ({ id, implies: implies ?? [] })),
    },
  };
}
