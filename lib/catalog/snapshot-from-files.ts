// The snapshot's rows taken straight from the validated data files, without a database: for
// benchmarks and database-free tests of the whole pipeline on the real catalog.
import type { CatalogData } from '../schemas/catalog';
import { catalogVersion } from './files';
import { icd10Codes } from './json';
import type { SnapshotData } from './snapshot-build';

/** The rows the seed would write for `data`, in the shape the snapshot is built from. */
export function snapshotDataFromFiles(data: CatalogData): SnapshotData {
  return {
    version: catalogVersion(data),
    seededAt: null,
    findings: data.findings.map((f) => ({ ...f, region: f.region ?? null, description: f.description ?? null })),
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
    tests: data.tests.map(({ references: _refs, ...t }) => t),
    treatments: data.treatments.map(({ references: _refs, ...t }) => t),
    findingLinks: data.causes.flatMap((c) =>
      c.findings.map((l) => ({ causeId: c.id, findingId: l.finding, probability: l.probability, evidence: l.evidence, referenceId: l.reference ?? null, note: l.note ?? null })),
    ),
    testLinks: data.causes.flatMap((c) => c.tests.map(({ test, ...t }) => ({ causeId: c.id, testId: test, ...t }))),
    treatmentLinks: data.causes.flatMap((c) =>
      c.treatments.map(({ treatment, dose, notes, ...t }) => ({ causeId: c.id, treatmentId: treatment, dose: dose ?? null, notes: notes ?? null, ...t })),
    ),
    rules: data.redFlags.map(({ triggers, causes, ...rule }) => ({
      ...rule,
      triggers: triggers.flatMap((group, index) => group.map((findingId) => ({ group: index, findingId }))),
      causeIds: causes,
    })),
    references: data.references.map((r) => ({ ...r, url: r.url ?? null, doi: r.doi ?? null })),
  };
}
