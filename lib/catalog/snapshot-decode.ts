// The one mapping from stored catalog rows (as the database returns them, or as the seed would
// write them) to the snapshot's typed objects. Json columns are decoded and enum-like strings
// narrowed here and nowhere else; the seed validated every value with the zod schemas.
import type { CareSetting, CauseAttributes, FindingKind, PrevalenceTier, TestKind, TestRole, TestTiming, TypicalSex, Urgency } from '../engine/types';
import { ageRange, codingList, icd10Codes, stringList, thresholdList } from './json';
import type { SnapshotData } from './snapshot-build';
import type {
  AdviceKind,
  CatalogAdvice,
  CatalogCause,
  CatalogFinding,
  CatalogReference,
  CatalogTest,
  CatalogTreatment,
  CauseFindingLink,
  CauseTestLink,
  CauseTreatmentLink,
  Evidence,
  EvidenceLevel,
  TreatmentLine,
} from './types';
import type { AlertLevel } from '../vocabulary';

type Json = unknown;
type Row<T, JsonKeys extends keyof T, Narrowed extends keyof T = never> = Omit<T, JsonKeys | Narrowed> & { [K in JsonKeys]: Json } & {
  [K in Narrowed]: string;
};

/** The catalog's tables as stored: Json columns undecoded, enum-like columns plain strings. */
export interface StoredRows {
  meta: { version: string; seededAt: Date } | null;
  findings: (Row<CatalogFinding, 'synonyms' | 'codes', 'kind'> & { implies?: Json })[];
  causes: (Row<
    Omit<CatalogCause, 'icd10'>,
    'synonyms' | 'typicalAge' | 'keyFeatures' | 'distinguishing' | 'pitfalls' | 'prevention' | 'codes',
    'urgency' | 'prevalenceTier' | 'typicalSex'
  > & { prevalenceBySetting?: Json; attributes?: Json })[];
  tests: (Row<Omit<CatalogTest, 'timing' | 'pregnancy'>, 'synonyms' | 'thresholds' | 'codes', 'kind'> & { timing?: string | null; pregnancy?: string | null })[];
  treatments: (Row<Omit<CatalogTreatment, 'contraindicatedCauses' | 'contraindicatedFindings' | 'cautionFindings'>, 'synonyms' | 'cautions' | 'contraindications' | 'codes'> & {
    contraindicatedCauses?: Json;
    contraindicatedFindings?: Json;
    cautionFindings?: Json;
  })[];
  findingLinks: Row<CauseFindingLink, never, 'evidence'>[];
  testLinks: Row<CauseTestLink, never, 'role'>[];
  treatmentLinks: Row<CauseTreatmentLink, never, 'line' | 'evidenceLevel'>[];
  rules: { id: string; name: string; level: string; message: string; action: string }[];
  ruleTriggers: { ruleId: string; group: number; findingId: string }[];
  ruleCauses: { ruleId: string; causeId: string }[];
  references: CatalogReference[];
  causeReferences: { causeId: string; referenceId: string }[];
  testReferences: { testId: string; referenceId: string }[];
  treatmentReferences: { treatmentId: string; referenceId: string }[];
  advice: Row<CatalogAdvice, 'causeIds', 'kind'>[];
}

/** A finding row, decoded. */
export function decodeFinding({ implies: _implies, ...f }: StoredRows['findings'][number]): CatalogFinding {
  return { ...f, kind: f.kind as FindingKind, synonyms: stringList(f.synonyms), codes: codingList(f.codes) };
}

/** A cause row, decoded (ICD-10-CM codes picked out of its codings). */
export function decodeCause({ prevalenceBySetting: _tiers, attributes: _attributes, ...c }: StoredRows['causes'][number]): CatalogCause {
  const codes = codingList(c.codes);
  return {
    ...c,
    urgency: c.urgency as Urgency,
    prevalenceTier: c.prevalenceTier as PrevalenceTier,
    typicalSex: c.typicalSex as TypicalSex,
    synonyms: stringList(c.synonyms),
    typicalAge: ageRange(c.typicalAge),
    keyFeatures: stringList(c.keyFeatures),
    distinguishing: stringList(c.distinguishing),
    pitfalls: stringList(c.pitfalls),
    prevention: stringList(c.prevention),
    codes,
    icd10: icd10Codes(codes),
  };
}

/** A test row, decoded. */
export function decodeTest({ timing, pregnancy, ...t }: StoredRows['tests'][number]): CatalogTest {
  return {
    ...t,
    kind: t.kind as TestKind,
    synonyms: stringList(t.synonyms),
    thresholds: thresholdList(t.thresholds),
    codes: codingList(t.codes),
    // Optional columns: null in the database, absent in the data files; absent either way here.
    ...(timing ? { timing: timing as TestTiming } : {}),
    ...(pregnancy ? { pregnancy } : {}),
  };
}

/** A treatment row, decoded. */
export function decodeTreatment({ contraindicatedCauses, contraindicatedFindings, cautionFindings, ...t }: StoredRows['treatments'][number]): CatalogTreatment {
  const optionalList = (value: Json | undefined) => (value === null || value === undefined ? undefined : stringList(value));
  const lists = { contraindicatedCauses: optionalList(contraindicatedCauses), contraindicatedFindings: optionalList(contraindicatedFindings), cautionFindings: optionalList(cautionFindings) };
  return {
    ...t,
    synonyms: stringList(t.synonyms),
    cautions: stringList(t.cautions),
    contraindications: stringList(t.contraindications),
    codes: codingList(t.codes),
    ...Object.fromEntries(Object.entries(lists).filter(([, v]) => v !== undefined)),
  };
}

/** Every stored row decoded into what the snapshot is built from. */
export function decodeSnapshotRows(rows: StoredRows): SnapshotData {
  return {
    version: rows.meta?.version ?? 'empty',
    seededAt: rows.meta?.seededAt.toISOString() ?? null,
    findings: rows.findings.map(decodeFinding),
    causes: rows.causes.map(decodeCause),
    tests: rows.tests.map(decodeTest),
    treatments: rows.treatments.map(decodeTreatment),
    findingLinks: rows.findingLinks.map((l) => ({ ...l, evidence: l.evidence as Evidence })),
    testLinks: rows.testLinks.map((l) => ({ ...l, role: l.role as TestRole })),
    treatmentLinks: rows.treatmentLinks.map((l) => ({ ...l, line: l.line as TreatmentLine, evidenceLevel: l.evidenceLevel as EvidenceLevel })),
    rules: rows.rules.map((r) => ({
      ...r,
      level: r.level as AlertLevel,
      triggers: rows.ruleTriggers.filter((t) => t.ruleId === r.id).map(({ group, findingId }) => ({ group, findingId })),
      causeIds: rows.ruleCauses.filter((c) => c.ruleId === r.id).map((c) => c.causeId),
    })),
    references: rows.references,
    causeReferences: rows.causeReferences,
    testReferences: rows.testReferences,
    treatmentReferences: rows.treatmentReferences,
    advice: rows.advice.map((a) => ({ ...a, kind: a.kind as AdviceKind, causeIds: stringList(a.causeIds) })),
    // The model's own fields (care-setting tiers, exclusive attributes, implications), validated by the seed.
    model: {
      causes: rows.causes.map((c) => ({
        id: c.id,
        ...(c.prevalenceBySetting ? { prevalenceBySetting: c.prevalenceBySetting as Record<CareSetting, PrevalenceTier> } : {}),
        ...(c.attributes ? { attributes: c.attributes as CauseAttributes } : {}),
      })),
      findings: rows.findings.map((f) => ({ id: f.id, implies: stringList(f.implies ?? []) })),
    },
  };
}
