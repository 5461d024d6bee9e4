// Clinical vocabularies that the engine, the browser and the zod schemas share, as plain constant
// arrays with no dependency: the zod enums in lib/schemas are built from these, the TypeScript
// unions are derived from them, and the label maps (lib/workspace/catalog-words.ts) are typed over
// those unions, so a new value does not compile until it is labelled. Each is spelled here only.

/** How soon a cause must be acted on. */
export const URGENCIES = ['emergency', 'urgent', 'routine'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** A red-flag rule's level: the urgencies that raise an alert. */
export const ALERT_LEVELS = ['emergency', 'urgent'] as const;
export type AlertLevel = (typeof ALERT_LEVELS)[number];

/** Cause categories, in the order the filter lists them. */
export const CAUSE_CATEGORIES = [
  'radicular_compressive',
  'peripheral_entrapment',
  'spinal_cord',
  'vascular',
  'metabolic_nutritional',
  'toxic',
  'autoimmune_inflammatory',
  'infectious',
  'central',
  'hereditary',
  'idiopathic',
] as const;
export type CauseCategory = (typeof CAUSE_CATEGORIES)[number];

/** How common a cause is among patients presenting with lower-limb numbness. */
export const PREVALENCE_TIERS = ['very_common', 'common', 'uncommon', 'rare', 'very_rare'] as const;
export type PrevalenceTier = (typeof PREVALENCE_TIERS)[number];

/** Who a cause typically affects. */
export const TYPICAL_SEXES = ['any', 'female', 'male', 'female_predominant', 'male_predominant'] as const;
export type TypicalSex = (typeof TYPICAL_SEXES)[number];

export const FINDING_KINDS = ['symptom', 'history', 'sign', 'lab', 'imaging', 'neurophysiology'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const TEST_KINDS = ['bedside', 'lab', 'imaging', 'neurophysiology'] as const;
export type TestKind = (typeof TEST_KINDS)[number];

/** How soon a test is done when it is indicated: minutes at the bedside, today, or as an outpatient (the workup's groups, in order). */
export const TEST_TIMINGS = ['now', 'today', 'outpatient'] as const;
export type TestTiming = (typeof TEST_TIMINGS)[number];

export const TEST_ROLES = ['first_line', 'confirmatory', 'if_indicated'] as const;
export type TestRole = (typeof TEST_ROLES)[number];

export const TREATMENT_KINDS = [
  'lifestyle',
  'medication',
  'supplement',
  'physical_therapy',
  'occupational_therapy',
  'procedure',
  'supportive',
  'alternative',
] as const;
export type TreatmentKind = (typeof TREATMENT_KINDS)[number];

export const TREATMENT_LINES = ['emergency', 'first', 'second', 'third', 'adjunct'] as const;
export type TreatmentLine = (typeof TREATMENT_LINES)[number];

export const EVIDENCE_LEVELS = ['A', 'B', 'C', 'expert'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** Where a catalog number comes from: a cited publication, or the authors' estimate. */
export const EVIDENCE_SOURCES = ['published', 'estimate'] as const;
export type Evidence = (typeof EVIDENCE_SOURCES)[number];

export const ADVICE_KINDS = ['seek_care_now', 'consult_soon', 'prevention', 'faq'] as const;
export type AdviceKind = (typeof ADVICE_KINDS)[number];

export const REFERENCE_KINDS = ['guideline', 'review', 'trial', 'cohort', 'textbook', 'consensus', 'meta-analysis'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/** Care settings a cause's prevalence is given for. */
export const CARE_SETTINGS = ['primary_care', 'emergency', 'neurology'] as const;
export type CareSetting = (typeof CARE_SETTINGS)[number];

/** A patient's sex as the case records it (a cause's typical sex has more values). */
export const SEXES = ['female', 'male'] as const;
export type Sex = (typeof SEXES)[number];

/** Exclusive categorical attributes of a presentation, each value's meaning in the README's model section. */
export const CAUSE_ATTRIBUTES = {
  onset: ['sudden', 'acute', 'subacute', 'chronic'],
  course: ['progressive', 'static', 'improving', 'relapsing', 'intermittent'],
  side: ['unilateral', 'bilateral_symmetric', 'bilateral_asymmetric'],
  distribution: ['length_dependent', 'root', 'nerve', 'multifocal', 'below_level', 'saddle', 'hemibody', 'whole_limb'],
  motorSigns: ['none', 'lower', 'upper', 'mixed'],
} as const;
export type AttributeVariable = keyof typeof CAUSE_ATTRIBUTES;
export const ATTRIBUTE_VARIABLES = Object.keys(CAUSE_ATTRIBUTES) as AttributeVariable[];
