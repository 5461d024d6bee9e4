// The in-memory shape of the catalog that the differential engine reads. Built once from the
// database (toEngineCatalog in lib/catalog/snapshot-build.ts) and reused; the engine itself does no I/O.
import type { AlertLevel, AttributeVariable, CareSetting, Evidence, FindingKind, PrevalenceTier, Sex, TestKind, TestRole, TestTiming, TypicalSex, Urgency } from '../vocabulary';
import type { Coding } from '../terminology';

// The vocabularies' unions come from lib/vocabulary.ts (dependency-free, so the engine stays pure).
// CareSetting: where the patient presents; the prior differs (a neurology clinic sees few DVTs).
export type { AlertLevel, AttributeVariable, CareSetting, Evidence, FindingKind, PrevalenceTier, Sex, TestKind, TestRole, TestTiming, TypicalSex, Urgency } from '../vocabulary';
/** P(value | cause) for each value of each exclusive attribute (see CAUSE_ATTRIBUTES). */
export type CauseAttributes = Record<AttributeVariable, Readonly<Record<string, number>>>;

export interface EngineFinding {
  id: string;
  label: string;
  kind: FindingKind;
  /** P(finding) among all patients presenting with lower-limb numbness: used as P(f | not cause). */
  backgroundFrequency: number;
  /** Findings this one entails (present ⇒ they are present); a chain is counted once. */
  implies?: string[];
}

export interface EngineCauseFinding {
  findingId: string;
  /** P(finding | cause). */
  probability: number;
  evidence: Evidence;
}

export interface EngineCauseTest {
  testId: string;
  role: TestRole;
  priority: number;
  supportingResult: string;
}

export interface EngineCause {
  id: string;
  name: string;
  icd10: string[];
  urgency: Urgency;
  cantMiss: boolean;
  prevalenceTier: PrevalenceTier;
  /** Tier per care setting; prevalenceTier stands in where absent. */
  prevalenceBySetting?: Readonly<Record<CareSetting, PrevalenceTier>>;
  /** Distributions over the exclusive attributes; absent = neutral (likelihood ratio 1). */
  attributes?: CauseAttributes;
  typicalAge: { min: number; max: number };
  typicalSex: TypicalSex;
  findings: EngineCauseFinding[];
  tests: EngineCauseTest[];
}

export interface EngineTest {
  id: string;
  name: string;
  kind: TestKind;
  codes: Coding[];
  /** Default urgency group (outpatient when the catalog does not say). */
  timing?: TestTiming;
  /** Other names, for matching a red-flag action that names the test. */
  synonyms?: string[];
}

export interface EngineRedFlagRule {
  id: string;
  name: string;
  level: AlertLevel;
  message: string;
  action: string;
  /** Fires when every finding of at least one group is present. */
  triggers: string[][];
  causeIds: string[];
}

/** Everything the engine needs, as plain data. */
export interface EngineCatalog {
  version: string;
  causes: EngineCause[];
  findings: EngineFinding[];
  tests: EngineTest[];
  rules: EngineRedFlagRule[];
}

/** What the clinician entered. Ids are finding ids; a finding not entered is neutral. */
export interface CaseInput {
  present: string[];
  absent: string[];
  age?: number;
  sex?: Sex;
  /** Care setting for the prior (default DEFAULT_CARE_SETTING). */
  setting?: CareSetting;
}
