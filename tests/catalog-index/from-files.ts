// SnapshotData from validated catalog files, the way the seed would store them: lets the
// snapshot builder be tested on the fixture catalog without a database.
import type { SnapshotData } from '../../lib/catalog/snapshot-build';
import type { CatalogData } from '../../lib/schemas/catalog';
import { ICD10CM } from '../../lib/terminology';

/** The rows the seed would write for `data`. */
export function snapshotDataFrom(data: CatalogData, version = 'files'): SnapshotData {
  return {
    version,
    seededAt: null,
    findings: data.findings.map((f) => ({ ...f, region: f.region ?? null, description: f.description ?? null })),
    causes: data.causes.map((c) => ({
      id: c.id, name: c.name, synonyms: c.synonyms, category: c.category, urgency: c.urgency, cantMiss: c.cantMiss,
      prevalenceTier: c.prevalenceTier, typicalAge: c.typicalAge, typicalSex: c.typicalSex, onset: c.onset,
      laterality: c.laterality, summary: c.summary, codes: c.codes, icd10: c.codes.filter((x) => x.system === ICD10CM).map((x) => x.code),
    })),
    tests: data.tests.map(({ references: _r, ...t }) => t),
    treatments: data.treatments.map(({ references: _r, ...t }) => t),
    findingLinks: data.causes.flatMap((c) =>
      c.findings.map((l) => ({ causeId: c.id, findingId: l.finding, probability: l.probability, evidence: l.evidence, referenceId: l.reference ?? null, note: l.note ?? null })),
    ),
    testLinks: data.causes.flatMap((c) => c.tests.map(({ test, ...l }) => ({ causeId: c.id, testId: test, ...l }))),
    treatmentLinks: data.causes.flatMap((c) =>
      c.treatments.map(({ treatment, ...l }) => ({ causeId: c.id, treatmentId: treatment, ...l, dose: l.dose ?? null, notes: l.notes ?? null })),
    ),
    rules: data.redFlags.map(({ triggers, causes, ...rule }) => ({
      ...rule,
      triggers: triggers.flatMap((group, g) => group.map((findingId) => ({ group: g, findingId }))),
      causeIds: causes,
    })),
    references: data.references.map((r) => ({ ...r, url: r.url ?? null, doi: r.doi ?? null })),
  };
}
