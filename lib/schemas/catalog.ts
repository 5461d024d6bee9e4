// The catalog's data files (prisma/catalog/**) and their rules. The seed validates every file
// with these schemas; the same types describe the catalog everywhere else.
import { z } from 'zod';
import { CODE_SYSTEMS, codeProblem, type CodeSystem } from '../terminology';
import {
  ADVICE_KINDS,
  ALERT_LEVELS,
  CAUSE_ATTRIBUTES,
  CAUSE_CATEGORIES,
  EVIDENCE_LEVELS,
  EVIDENCE_SOURCES,
  FINDING_KINDS,
  PREVALENCE_TIERS,
  REFERENCE_KINDS,
  TEST_KINDS,
  TEST_ROLES,
  TEST_TIMINGS,
  TREATMENT_KINDS,
  TREATMENT_LINES,
  TYPICAL_SEXES,
  URGENCIES,
} from '../vocabulary';

// The vocabularies are defined in lib/vocabulary.ts; re-exported for the schemas' importers.
export { ADVICE_KINDS, CAUSE_CATEGORIES, EVIDENCE_LEVELS, FINDING_KINDS, PREVALENCE_TIERS, TEST_KINDS, TEST_ROLES, TEST_TIMINGS, TREATMENT_KINDS, TREATMENT_LINES, URGENCIES };

export const zSlug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, hyphens)');
const zText = z.string().trim().min(1, 'must not be empty');
const zTextList = z.array(zText);
export const zProbability = z.number().min(0, 'must be at least 0').max(1, 'must be at most 1');
const zIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)');

export const zCoding = z
  .object({
    system: z.enum(CODE_SYSTEMS),
    code: zText,
    display: zText,
  })
  .strict()
  .superRefine((coding, ctx) => {
    const problem = codeProblem(coding.system as CodeSystem, coding.code);
    if (problem) ctx.addIssue({ code: 'custom', path: ['code'], message: problem });
  });

/** "estimate" (the authors' clinical estimate) or the id of the reference that publishes it. */
const zSource = z.union([z.literal('estimate'), zSlug]);

export const zReference = z
  .object({
    id: zSlug,
    title: zText,
    publisher: zText,
    year: z.number().int().min(1900).max(2100),
    url: z.url().optional(),
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'must be a DOI such as 10.1212/WNL.0000000000000001').optional(),
    kind: z.enum(REFERENCE_KINDS),
  })
  .strict()
  .refine((r) => r.url !== undefined || r.doi !== undefined, { message: 'needs a url or a doi', path: ['url'] });

export const zFinding = z
  .object({
    id: zSlug,
    label: zText,
    synonyms: zTextList,
    kind: z.enum(FINDING_KINDS),
    region: zText.optional(),
    description: zText.optional(),
    backgroundFrequency: zProbability,
    backgroundEvidence: zSource,
    codes: z.array(zCoding),
    /** Findings this one entails: when it is present they are present too (a chain is counted once). */
    implies: z.array(zSlug).optional(),
  })
  .strict();


export const zTest = z
  .object({
    id: zSlug,
    name: zText,
    synonyms: zTextList,
    kind: z.enum(TEST_KINDS),
    timing: z.enum(TEST_TIMINGS).optional(),
    /** How the test's use or interpretation changes in pregnancy, where it does. */
    pregnancy: zText.optional(),
    shows: zText,
    whenToOrder: zText,
    thresholds: z.array(z.object({ result: zText, interpretation: zText }).strict()),
    codes: z.array(zCoding),
    references: z.array(zSlug).min(1, 'needs at least one reference'),
  })
  .strict();

export const zTreatment = z
  .object({
    id: zSlug,
    name: zText,
    synonyms: zTextList,
    kind: z.enum(TREATMENT_KINDS),
    mechanism: zText,
    cautions: zTextList,
    contraindications: zTextList,
    /** Causes in which this treatment must not be used (machine-checkable twin of `contraindications`). */
    contraindicatedCauses: z.array(zSlug).optional(),
    /** Findings (patient factors) that contraindicate it when present, e.g. pregnancy, anticoagulant use. */
    contraindicatedFindings: z.array(zSlug).optional(),
    /** Findings that call for caution (dose change, monitoring) when present. */
    cautionFindings: z.array(zSlug).optional(),
    codes: z.array(zCoding),
    references: z.array(zSlug).min(1, 'needs at least one reference'),
  })
  .strict();

const zTier = z.enum(PREVALENCE_TIERS);

export const zCauseFindingLink = z
  .object({
    finding: zSlug,
    probability: zProbability,
    evidence: z.enum(EVIDENCE_SOURCES),
    reference: zSlug.optional(),
    note: zText.optional(),
  })
  .strict()
  .refine((link) => link.evidence === 'estimate' || link.reference !== undefined, {
    message: 'a published probability needs its reference',
    path: ['reference'],
  });

export { ATTRIBUTE_VARIABLES, CARE_SETTINGS, CAUSE_ATTRIBUTES, type AttributeVariable } from '../vocabulary';

/** A full distribution over one variable's values: every value given, summing to 1. */
function zDistribution<const V extends readonly [string, ...string[]]>(values: V) {
  const shape = Object.fromEntries(values.map((v) => [v, zProbability])) as { [K in V[number]]: typeof zProbability };
  return z
    .object(shape)
    .strict()
    .refine((d) => Math.abs((Object.values(d) as number[]).reduce((a, b) => a + b, 0) - 1) <= 0.005, {
      message: 'the values must sum to 1 (±0.005)',
    });
}

export const zCauseAttributes = z
  .object({
    source: zSource,
    onset: zDistribution(CAUSE_ATTRIBUTES.onset),
    course: zDistribution(CAUSE_ATTRIBUTES.course),
    side: zDistribution(CAUSE_ATTRIBUTES.side),
    distribution: zDistribution(CAUSE_ATTRIBUTES.distribution),
    motorSigns: zDistribution(CAUSE_ATTRIBUTES.motorSigns),
  })
  .strict();

export const zCause = z
  .object({
    id: zSlug,
    name: zText,
    synonyms: zTextList,
    category: z.enum(CAUSE_CATEGORIES),
    urgency: z.enum(URGENCIES),
    cantMiss: z.boolean(),
    prevalenceTier: zTier,
    prevalenceSource: zSource,
    /** Prevalence tier among patients presenting with lower-limb numbness, per care setting. */
    prevalenceBySetting: z.object({ primary_care: zTier, emergency: zTier, neurology: zTier }).strict(),
    /** P(value | cause) for each exclusive attribute of the presentation. */
    attributes: zCauseAttributes,
    typicalAge: z
      .object({ min: z.number().int().min(0).max(120), max: z.number().int().min(0).max(120), peak: zText.optional() })
      .strict()
      .refine((a) => a.min <= a.max, { message: 'min must not exceed max', path: ['min'] }),
    typicalSex: z.enum(TYPICAL_SEXES),
    onset: z.enum(['sudden', 'acute', 'subacute', 'chronic', 'episodic']),
    course: zText,
    laterality: z.enum(['unilateral', 'bilateral', 'either']),
    distribution: zText,
    summary: zText,
    keyFeatures: zTextList.min(1),
    distinguishing: zTextList.min(1),
    pitfalls: zTextList.min(1),
    prognosis: zText,
    reversibility: zText,
    prevention: zTextList,
    codes: z.array(zCoding).min(1, 'needs at least one code'),
    lastReviewed: zIsoDate,
    findings: z.array(zCauseFindingLink).min(6, 'needs 6 to 30 findings').max(30, 'needs 6 to 30 findings'),
    tests: z
      .array(
        z
          .object({ test: zSlug, role: z.enum(TEST_ROLES), supportingResult: zText, priority: z.number().int().min(1).max(9) })
          .strict(),
      )
      .min(1, 'needs at least one test'),
    treatments: z
      .array(
        z
          .object({
            treatment: zSlug,
            line: z.enum(TREATMENT_LINES),
            evidenceLevel: z.enum(EVIDENCE_LEVELS),
            dose: zText.optional(),
            notes: zText.optional(),
          })
          .strict(),
      )
      .min(1, 'needs at least one treatment'),
    references: z.array(zSlug).min(1, 'needs at least one reference'),
  })
  .strict();

export const zRedFlagRule = z
  .object({
    id: zSlug,
    name: zText,
    level: z.enum(ALERT_LEVELS),
    message: zText,
    action: zText,
    /** The rule fires when every finding of at least one group is present. */
    triggers: z.array(z.array(zSlug).min(1)).min(1),
    causes: z.array(zSlug).min(1),
  })
  .strict();

export const zAdvice = z
  .object({
    id: zSlug,
    kind: z.enum(ADVICE_KINDS),
    title: zText,
    body: zText,
    causes: z.array(zSlug),
  })
  .strict();

export type TCoding = z.infer<typeof zCoding>;
export type TReference = z.infer<typeof zReference>;
export type TFinding = z.infer<typeof zFinding>;
export type TTest = z.infer<typeof zTest>;
export type TTreatment = z.infer<typeof zTreatment>;
export type TCause = z.infer<typeof zCause>;
export type TRedFlagRule = z.infer<typeof zRedFlagRule>;
export type TAdvice = z.infer<typeof zAdvice>;

/** The whole catalog as read from its files. */
export interface CatalogData {
  references: TReference[];
  findings: TFinding[];
  tests: TTest[];
  treatments: TTreatment[];
  causes: TCause[];
  redFlags: TRedFlagRule[];
  advice: TAdvice[];
}
