// The catalog as the app reads it: plain, typed objects with Json columns already decoded.
import type { AdviceKind, AlertLevel, Evidence, EvidenceLevel, FindingKind, PrevalenceTier, TestKind, TestRole, TestTiming, TreatmentLine, TypicalSex, Urgency } from '../vocabulary';
import { TREATMENT_LINES } from '../vocabulary';
import type { Coding } from '../terminology';

export type { Coding } from '../terminology';
// The vocabularies' unions, from lib/vocabulary.ts.
export type { AdviceKind, AlertLevel, Evidence, EvidenceLevel, FindingKind, PrevalenceTier, TestKind, TestRole, TestTiming, TreatmentLine, Urgency } from '../vocabulary';

/** A finding as the picker and the finding page show it. */
export interface CatalogFinding {
  id: string;
  label: string;
  synonyms: string[];
  kind: FindingKind;
  region: string | null;
  description: string | null;
  /** P(finding) among patients presenting with lower-limb numbness. */
  backgroundFrequency: number;
  /** "estimate" or the id of the reference it comes from. */
  backgroundEvidence: string;
  codes: Coding[];
}

/** A cause as lists show it. */
export interface CauseSummary {
  id: string;
  name: string;
  synonyms: string[];
  category: string;
  urgency: Urgency;
  cantMiss: boolean;
  prevalenceTier: PrevalenceTier;
  typicalAge: { min: number; max: number; peak?: string };
  typicalSex: TypicalSex;
  onset: string;
  laterality: string;
  summary: string;
  icd10: string[];
  codes: Coding[];
}

/** A cause with everything its page shows besides its links. */
export interface CatalogCause extends CauseSummary {
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
}

/** One piece of advice as stored: the causes it concerns by id, in catalog order. */
export interface CatalogAdvice {
  id: string;
  kind: AdviceKind;
  title: string;
  body: string;
  causeIds: string[];
  sortKey: number;
}

/** A test with its result thresholds. */
export interface CatalogTest {
  id: string;
  name: string;
  synonyms: string[];
  kind: TestKind;
  shows: string;
  whenToOrder: string;
  thresholds: { result: string; interpretation: string }[];
  codes: Coding[];
  /** How soon the test is done when indicated. */
  timing?: TestTiming;
  /** How its use or interpretation changes in pregnancy, where it does. */
  pregnancy?: string;
}

/** A treatment without its cause links. */
export interface CatalogTreatment {
  id: string;
  name: string;
  synonyms: string[];
  kind: string;
  mechanism: string;
  cautions: string[];
  contraindications: string[];
  /** Cause ids in which it must not be used. */
  contraindicatedCauses?: string[];
  /** Finding ids (patient factors) that contraindicate it, or call for caution, when present. */
  contraindicatedFindings?: string[];
  cautionFindings?: string[];
  codes: Coding[];
}

/** P(finding | cause) as the catalog states it. */
export interface CauseFindingLink {
  causeId: string;
  findingId: string;
  probability: number;
  evidence: Evidence;
  referenceId: string | null;
  note: string | null;
}

/** A test's place in the workup of a cause. */
export interface CauseTestLink {
  causeId: string;
  testId: string;
  role: TestRole;
  supportingResult: string;
  priority: number;
}

/** A treatment's place in the management of a cause. */
export interface CauseTreatmentLink {
  causeId: string;
  treatmentId: string;
  line: TreatmentLine;
  evidenceLevel: EvidenceLevel;
  dose: string | null;
  notes: string | null;
}

/** A red-flag rule with its trigger findings and causes named. */
export interface RedFlagRuleView {
  id: string;
  name: string;
  level: AlertLevel;
  message: string;
  action: string;
  /** The rule fires when every finding of one group is present. */
  triggers: { findingId: string; label: string }[][];
  causes: { id: string; name: string }[];
}

/** A reference as cited on cause, test and treatment pages. */
export interface CatalogReference {
  id: string;
  title: string;
  publisher: string;
  year: number;
  url: string | null;
  doi: string | null;
  kind: string;
}

/** Treatment lines in the order a cause page lists them. */
export const TREATMENT_LINE_ORDER: readonly TreatmentLine[] = TREATMENT_LINES;
