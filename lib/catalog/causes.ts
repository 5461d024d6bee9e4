// Causes: the filtered list and everything a cause page shows, both from the in-memory snapshot.
import 'server-only';
import { likelihoodRatios } from '../engine/likelihood-ratio';
import { compareLabels, compareText, queryWords, wordsOf } from '../search/normalise';
import { getCatalogSnapshot } from './snapshot';
import {
  TREATMENT_LINE_ORDER,
  type CatalogCause,
  type CatalogReference,
  type CauseSummary,
  type Coding,
  type Evidence,
  type EvidenceLevel,
  type FindingKind,
  type TestKind,
  type TestRole,
  type TreatmentLine,
  type Urgency,
} from './types';
import type { AlertLevel } from '../vocabulary';

/** Narrows the cause list; every given field must match. */
export interface CauseFilter {
  category?: string;
  urgency?: Urgency;
  /** Words matched as prefixes against name, synonyms and ICD-10-CM codes. */
  q?: string;
}

/** A cause page: the summary plus findings, workup, treatments by line and references. */
export interface CauseDetail extends CatalogCause {
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
  redFlags: { id: string; name: string; level: AlertLevel }[];
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

/** Everything the cause page shows, or null if the id is unknown. Read from the snapshot only. */
export async function getCause(id: string): Promise<CauseDetail | null> {
  const snapshot = await getCatalogSnapshot();
  const cause = snapshot.causeById.get(id);
  if (!cause) return null;
  const treatments = snapshot.treatmentLinks
    .filter((l) => l.causeId === id)
    .map((l) => {
      const treatment = snapshot.treatmentById.get(l.treatmentId)!;
      const { line, evidenceLevel, dose, notes } = l;
      return { line, treatmentId: l.treatmentId, name: treatment.name, kind: treatment.kind, evidenceLevel, dose, notes, codes: treatment.codes };
    })
    .sort((a, b) => compareText(a.name, b.name));
  return {
    ...cause,
    findings: snapshot.findingLinks
      .filter((l) => l.causeId === id)
      .map((l) => {
        const finding = snapshot.findingById.get(l.findingId)!;
        return {
          findingId: l.findingId,
          label: finding.label,
          kind: finding.kind,
          probability: l.probability,
          evidence: l.evidence,
          reference: l.referenceId ? (snapshot.referenceById.get(l.referenceId) ?? null) : null,
          note: l.note,
          likelihoodRatio: likelihoodRatios(snapshot.engine, l.findingId, id)!.positive,
        };
      })
      .sort((a, b) => b.probability - a.probability || compareText(a.label, b.label)),
    tests: snapshot.testLinks
      .filter((l) => l.causeId === id)
      .map((l) => {
        const test = snapshot.testById.get(l.testId)!;
        return { testId: l.testId, name: test.name, kind: test.kind, role: l.role, supportingResult: l.supportingResult, priority: l.priority, codes: test.codes };
      })
      .sort((a, b) => a.priority - b.priority || compareText(a.name, b.name)),
    treatments: TREATMENT_LINE_ORDER.map((line) => ({
      line,
      entries: treatments.filter((t) => t.line === line).map(({ line: _line, ...entry }) => entry),
    })).filter((group) => group.entries.length > 0),
    references: [...(snapshot.referencesByCause.get(id) ?? [])],
    redFlags: snapshot.rules
      .filter((rule) => rule.causes.some((c) => c.id === id))
      .map(({ id: ruleId, name, level }) => ({ id: ruleId, name, level }))
      .sort((a, b) => compareText(a.id, b.id)),
  };
}
