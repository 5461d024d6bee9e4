// Reads the rows a snapshot is built from, in one read transaction so that a seed running at the
// same moment (it replaces the catalog in one transaction) is seen wholly or not at all.
import type { Db } from '../db';
import type { FindingKind, PrevalenceTier, TestKind, TestRole, TestTiming, TypicalSex, Urgency } from '../engine/types';
import { ageRange, codingList, icd10Codes, stringList, thresholdList } from './json';
import type { SnapshotData } from './snapshot-build';
import type { Evidence, EvidenceLevel, TreatmentLine } from './types';

/** The version stamp the seed wrote, or null when no catalog is loaded. */
export async function readCatalogVersion(db: Db): Promise<string | null> {
  const meta = await db.catalogMeta.findUnique({ where: { id: 'catalog' }, select: { version: true } });
  return meta?.version ?? null;
}

/** Every row the snapshot needs, decoded. Enum-like strings were validated by the seed. */
export async function readSnapshotData(db: Db): Promise<SnapshotData> {
  const [meta, findings, causes, tests, treatments, findingLinks, testLinks, treatmentLinks, rules, references] = await db.$transaction([
    db.catalogMeta.findUnique({ where: { id: 'catalog' } }),
    db.finding.findMany(),
    db.cause.findMany({
      select: {
        id: true, name: true, synonyms: true, category: true, urgency: true, cantMiss: true, prevalenceTier: true,
        typicalAge: true, typicalSex: true, onset: true, laterality: true, summary: true, codes: true,
      },
    }),
    db.test.findMany(),
    db.treatment.findMany(),
    db.causeFinding.findMany(),
    db.causeTest.findMany(),
    db.causeTreatment.findMany(),
    db.redFlagRule.findMany({ include: { triggers: true, causes: true } }),
    db.reference.findMany(),
  ]);
  return {
    version: meta?.version ?? 'empty',
    seededAt: meta?.seededAt.toISOString() ?? null,
    findings: findings.map((f) => ({
      ...f,
      kind: f.kind as FindingKind,
      synonyms: stringList(f.synonyms),
      codes: codingList(f.codes),
    })),
    causes: causes.map((c) => {
      const codes = codingList(c.codes);
      return {
        ...c,
        urgency: c.urgency as Urgency,
        prevalenceTier: c.prevalenceTier as PrevalenceTier,
        typicalSex: c.typicalSex as TypicalSex,
        synonyms: stringList(c.synonyms),
        typicalAge: ageRange(c.typicalAge),
        codes,
        icd10: icd10Codes(codes),
      };
    }),
    tests: tests.map((t) => ({
      ...t,
      kind: t.kind as TestKind,
      synonyms: stringList(t.synonyms),
      thresholds: thresholdList(t.thresholds),
      codes: codingList(t.codes),
      timing: (t.timing ?? undefined) as TestTiming | undefined,
      pregnancy: t.pregnancy ?? undefined,
    })),
    treatments: treatments.map((t) => ({
      ...t,
      synonyms: stringList(t.synonyms),
      cautions: stringList(t.cautions),
      contraindications: stringList(t.contraindications),
      contraindicatedFindings: t.contraindicatedFindings === null ? undefined : stringList(t.contraindicatedFindings),
      cautionFindings: t.cautionFindings === null ? undefined : stringList(t.cautionFindings),
      codes: codingList(t.codes),
    })),
    findingLinks: findingLinks.map((l) => ({ ...l, evidence: l.evidence as Evidence })),
    testLinks: testLinks.map((l) => ({ ...l, role: l.role as TestRole })),
    treatmentLinks: treatmentLinks.map((l) => ({ ...l, line: l.line as TreatmentLine, evidenceLevel: l.evidenceLevel as EvidenceLevel })),
    rules: rules.map((r) => ({
      id: r.id,
      name: r.name,
      level: r.level as 'emergency' | 'urgent',
      message: r.message,
      action: r.action,
      triggers: r.triggers.map(({ group, findingId }) => ({ group, findingId })),
      causeIds: r.causes.map((c) => c.causeId),
    })),
    references,
  };
}
