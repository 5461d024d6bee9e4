// Causes: the filtered list (from the snapshot) and everything a cause page shows (one query).
import { prisma } from '../db';
import { compareText } from '../engine/index';
import { clampProbability } from '../engine/parameters';
import { queryWords, wordsOf } from '../search/normalise';
import { ageRange, codingList, icd10Codes, stringList } from './json';
import { compareLabels } from './snapshot-build';
import { getCatalogSnapshot } from './snapshot';
import {
  TREATMENT_LINE_ORDER,
  type CatalogReference,
  type CauseSummary,
  type Coding,
  type Evidence,
  type EvidenceLevel,
  type FindingKind,
  type PrevalenceTier,
  type TestKind,
  type TestRole,
  type TreatmentLine,
  type Urgency,
} from './types';
import type { TypicalSex } from '../engine/types';

/** Narrows the cause list; every given field must match. */
export interface CauseFilter {
  category?: string;
  urgency?: Urgency;
  /** Words matched as prefixes against name, synonyms and ICD-10-CM codes. */
  q?: string;
}

/** A cause page: the summary plus findings, workup, treatments by line and references. */
export interface CauseDetail extends CauseSummary {
  prevalenceSource: string;
  course: string;
  distribution: string;
  keyFeatures: string[];
  distinguishing: string[];
  pitfalls: string[];
  prognosis: string;
  reversibility: string;
  prevention: string[];
  lastReviewed: string;
  /** Most probable first. */
  findings: {
    findingId: string;
    label: string;
    kind: FindingKind;
    probability: number;
    evidence: Evidence;
    reference: CatalogReference | null;
    note: string | null;
    likelihoodRatio: number;
  }[];
  /** By priority (1 = order first). */
  tests: { testId: string; name: string; kind: TestKind; role: TestRole; supportingResult: string; priority: number; codes: Coding[] }[];
  /** Lines in order emergency, first, second, third, adjunct; empty lines left out. */
  treatments: {
    line: TreatmentLine;
    entries: { treatmentId: string; name: string; kind: string; evidenceLevel: EvidenceLevel; dose: string | null; notes: string | null; codes: Coding[] }[];
  }[];
  references: CatalogReference[];
  redFlags: { id: string; name: string; level: 'emergency' | 'urgent' }[];
}

const URGENCY_RANK: Record<Urgency, number> = { emergency: 0, urgent: 1, routine: 2 };

/** Causes matching the filter, emergencies first, then by name. */
export async function listCauses(filter: CauseFilter = {}): Promise<CauseSummary[]> {
  const { causes } = await getCatalogSnapshot();
  const words = filter.q ? queryWords(filter.q) : [];
  return causes
    .filter((c) => (filter.category === undefined || c.category === filter.category) && (filter.urgency === undefined || c.urgency === filter.urgency))
    .filter((c) => {
      if (words.length === 0) return true;
      const haystack = [c.name, ...c.synonyms, ...c.icd10].flatMap(wordsOf);
      return words.every((w) => haystack.some((h) => h.startsWith(w)));
    })
    .sort((a, b) => URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] || compareLabels(a.name, b.name));
}

/** Everything the cause page shows, or null if the id is unknown. */
export async function getCause(id: string): Promise<CauseDetail | null> {
  const row = await prisma.cause.findUnique({
    where: { id },
    include: {
      findings: { include: { finding: true, reference: true } },
      tests: { include: { test: true } },
      treatments: { include: { treatment: true } },
      references: { include: { reference: true } },
      redFlags: { include: { rule: true } },
    },
  });
  if (!row) return null;
  const codes = codingList(row.codes);
  const treatments = row.treatments
    .map((t) => ({
      line: t.line as TreatmentLine,
      treatmentId: t.treatmentId,
      name: t.treatment.name,
      kind: t.treatment.kind,
      evidenceLevel: t.evidenceLevel as EvidenceLevel,
      dose: t.dose,
      notes: t.notes,
      codes: codingList(t.treatment.codes),
    }))
    .sort((a, b) => compareText(a.name, b.name));
  return {
    id: row.id,
    name: row.name,
    synonyms: stringList(row.synonyms),
    category: row.category,
    urgency: row.urgency as Urgency,
    cantMiss: row.cantMiss,
    prevalenceTier: row.prevalenceTier as PrevalenceTier,
    prevalenceSource: row.prevalenceSource,
    typicalAge: ageRange(row.typicalAge),
    typicalSex: row.typicalSex as TypicalSex,
    onset: row.onset,
    course: row.course,
    laterality: row.laterality,
    distribution: row.distribution,
    summary: row.summary,
    keyFeatures: stringList(row.keyFeatures),
    distinguishing: stringList(row.distinguishing),
    pitfalls: stringList(row.pitfalls),
    prognosis: row.prognosis,
    reversibility: row.reversibility,
    prevention: stringList(row.prevention),
    codes,
    icd10: icd10Codes(codes),
    lastReviewed: row.lastReviewed,
    findings: row.findings
      .map((l) => ({
        findingId: l.findingId,
        label: l.finding.label,
        kind: l.finding.kind as FindingKind,
        probability: l.probability,
        evidence: l.evidence as Evidence,
        reference: l.reference,
        note: l.note,
        likelihoodRatio: clampProbability(l.probability) / clampProbability(l.finding.backgroundFrequency),
      }))
      .sort((a, b) => b.probability - a.probability || compareText(a.label, b.label)),
    tests: row.tests
      .map((l) => ({
        testId: l.testId,
        name: l.test.name,
        kind: l.test.kind as TestKind,
        role: l.role as TestRole,
        supportingResult: l.supportingResult,
        priority: l.priority,
        codes: codingList(l.test.codes),
      }))
      .sort((a, b) => a.priority - b.priority || compareText(a.name, b.name)),
    treatments: TREATMENT_LINE_ORDER.map((line) => ({
      line,
      entries: treatments.filter((t) => t.line === line).map(({ line: _line, ...entry }) => entry),
    })).filter((group) => group.entries.length > 0),
    references: row.references.map((r) => r.reference).sort((a, b) => b.year - a.year || compareText(a.title, b.title)),
    redFlags: row.redFlags
      .map(({ rule }) => ({ id: rule.id, name: rule.name, level: rule.level as 'emergency' | 'urgent' }))
      .sort((a, b) => compareText(a.id, b.id)),
  };
}
