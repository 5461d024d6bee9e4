// The catalog's enum values in the clinic's words, for headings, filters and badges. Each map is
// typed over its vocabulary's union (lib/vocabulary.ts), so a new value fails to compile until it
// is labelled; lists follow the vocabulary arrays' order, not these objects' key order.
import type {
  AdviceKind,
  CauseCategory,
  FindingKind,
  PrevalenceTier,
  TestKind,
  TestRole,
  TestTiming,
  TreatmentKind,
  TreatmentLine,
  TypicalSex,
  Urgency,
} from '../vocabulary';

/** Urgency of a cause (badges, the print view's can't-miss groups). */
export const URGENCY_LABEL: Record<Urgency, string> = { emergency: 'Emergency', urgent: 'Urgent', routine: 'Routine' };

/** Cause categories. */
export const CATEGORY_LABEL: Record<CauseCategory, string> = {
  radicular_compressive: 'Nerve root compression',
  peripheral_entrapment: 'Peripheral nerve entrapment',
  spinal_cord: 'Spinal cord',
  vascular: 'Vascular',
  metabolic_nutritional: 'Metabolic and nutritional',
  toxic: 'Toxic and drug-induced',
  autoimmune_inflammatory: 'Autoimmune and inflammatory',
  infectious: 'Infectious',
  central: 'Brain and central',
  hereditary: 'Hereditary',
  idiopathic: 'Idiopathic',
};

export const FINDING_KIND_LABEL: Record<FindingKind, string> = {
  symptom: 'Symptoms',
  history: 'History',
  sign: 'Examination signs',
  lab: 'Laboratory results',
  imaging: 'Imaging results',
  neurophysiology: 'Neurophysiology results',
};

export const TEST_KIND_LABEL: Record<TestKind, string> = {
  bedside: 'Bedside',
  lab: 'Laboratory',
  imaging: 'Imaging',
  neurophysiology: 'Neurophysiology',
};

export const TREATMENT_KIND_LABEL: Record<TreatmentKind, string> = {
  lifestyle: 'Lifestyle',
  medication: 'Medication',
  supplement: 'Supplement',
  physical_therapy: 'Physical therapy',
  occupational_therapy: 'Occupational therapy',
  procedure: 'Procedure',
  supportive: 'Supportive care',
  alternative: 'Complementary',
};

export const TREATMENT_LINE_LABEL: Record<TreatmentLine, string> = {
  emergency: 'Emergency treatment',
  first: 'First line',
  second: 'Second line',
  third: 'Third line',
  adjunct: 'Adjunct',
};

export const TEST_ROLE_LABEL: Record<TestRole, string> = {
  first_line: 'First line',
  confirmatory: 'Confirmatory',
  if_indicated: 'If indicated',
};

export const PREVALENCE_LABEL: Record<PrevalenceTier, string> = {
  very_common: 'Very common',
  common: 'Common',
  uncommon: 'Uncommon',
  rare: 'Rare',
  very_rare: 'Very rare',
};

export const SEX_LABEL: Record<TypicalSex, string> = {
  any: 'Either sex',
  female: 'Female',
  male: 'Male',
  female_predominant: 'Mostly female',
  male_predominant: 'Mostly male',
};

/** The workup's urgency groups (the order is TEST_TIMINGS'): one set of headings for the workspace, the print view and the note text. */
export const TEST_TIMING_LABEL: Record<TestTiming, string> = {
  now: 'Now (minutes)',
  today: 'Today',
  outpatient: 'Outpatient',
};

/** Headings of the advice kinds, in the words a patient leaflet would use. */
export const ADVICE_KIND_LABEL: Record<AdviceKind, string> = {
  seek_care_now: 'Seek care now',
  consult_soon: 'See a doctor soon',
  prevention: 'Prevention',
  faq: 'Questions patients ask',
};

/** An enum value read as words when no label is known: "first_line" → "first line". */
export function labelOf(value: string, labels: Readonly<Record<string, string>>): string {
  return labels[value] ?? value.replace(/_/g, ' ');
}
