// The clinical lexicon's data files (prisma/catalog/lexicon/*.json): how clinicians and patients
// write what the catalog names. Each file may hold any of the sections; all files are merged.
// The language code (lib/language/) imports only the inferred types, so no zod reaches the browser.
import { z } from 'zod';
import { zSlug } from './catalog';
import { codeProblem, LOINC } from '../terminology';

const zText = z.string().trim().min(1, 'must not be empty');
/** One written word as the tokenizer sees it: letters and digits only, lowercase. */
const zWord = z.string().regex(/^[a-z0-9]+$/, 'must be one lowercase word (a-z, 0-9)');

/** The meaning classes of qualifier words; the language code steers and negates with them. */
export const QUALIFIER_CLASSES = ['low', 'high', 'positive', 'negative', 'present', 'normal', 'both', 'one', 'upper', 'lower', 'site'] as const;

const zRange = z
  .object({ gt: z.number().optional(), gte: z.number().optional(), lt: z.number().optional(), lte: z.number().optional() })
  .strict()
  .refine((r) => Object.keys(r).length > 0, 'needs at least one bound');

const zLoinc = z.string().superRefine((code, ctx) => {
  const problem = codeProblem(LOINC, code);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const zAnalyte = z
  .object({
    id: zSlug,
    names: z.array(zText).min(1),
    loinc: z.array(zLoinc),
    /** The unit thresholds are written in. */
    unit: zText,
    /** Other units: canonical = value × factor + (offset ?? 0). */
    conversions: z.array(z.object({ unit: zText, factor: z.number(), offset: z.number().optional() }).strict()),
    /** Units assumed for a value written without one, first range that holds the value wins. */
    unitless: z.array(z.object({ unit: zText, below: z.number().optional() }).strict()).min(1),
    /** Words after a value that name a unit this analyte cannot convert ("6 pints"): such a value is not read. */
    otherUnits: z.array(zText).optional(),
    rules: z
      .array(
        z
          .object({
            finding: zSlug,
            present: zRange.optional(),
            absent: zRange.optional(),
            /** Read absent instead when this finding is read present from the same text (dissociation needs normal cells). */
            unless: zSlug.optional(),
            note: zText.optional(),
          })
          .strict(),
      )
      .min(1),
    note: zText.optional(),
  })
  .strict();

export const zLexiconFile = z
  .object({
    description: zText.optional(),
    /** Word variants folded onto one canonical word (plurals, derivations, spellings, lay words). */
    words: z.array(z.object({ canonical: zWord, variants: z.array(zWord).min(1) }).strict()).optional(),
    /** Multi-word phrases and abbreviations: rewritten to plain words, or straight to a finding. */
    phrases: z
      .array(
        z
          .object({ phrase: zText, means: zText.optional(), finding: zSlug.optional() })
          .strict()
          .refine((p) => (p.means === undefined) !== (p.finding === undefined), 'needs exactly one of means or finding'),
      )
      .optional(),
    /** Canonical qualifier words and their class (left/right → one, brisk → high, …). */
    qualifiers: z.array(z.object({ word: zWord, class: z.enum(QUALIFIER_CLASSES) }).strict()).optional(),
    /** A part implies its whole for matching ("foot" is part of the "leg"), at a discount. */
    implies: z.array(z.object({ word: zWord, implies: zWord }).strict()).optional(),
    /** Words that never change which finding is meant: filler, severity, duration. */
    ignore: z.array(zWord).optional(),
    /**
     * What a symptom is, in groups of words that stand for one another (pain, burning, cramp; weakness):
     * a term is not read with its head left out when a head of another group stands in its place.
     */
    heads: z.array(z.array(zWord).min(1)).optional(),
    negation: z
      .object({
        /** Phrases that negate what follows ("no", "denies", "negative for"). */
        before: z.array(zText),
        /**
         * Of those, the ones that negate their own list item only, never a list after a comma: "not"
         * qualifies a word ("not anticoagulated, sudden leg pain"), where "no" opens a list of negatives.
         */
        beforeItem: z.array(zText).optional(),
        /** Phrases that negate what precedes ("ruled out", "not seen"). */
        after: z.array(zText),
        /** Phrases that make what follows hypothetical (safety-netting, questions): not extracted. */
        uncertain: z.array(zText),
        /** Of those, the ones that question their own list item only ("?CES, MRI lumbar spine normal"). */
        uncertainItem: z.array(zText).optional(),
        /** Words that end every scope, negation and family ("but", "however"). */
        terminators: z.array(zText),
        /** Words that start a new clause and so end a negation scope ("has", "reports"). */
        clauseStarts: z.array(zText),
      })
      .strict()
      .optional(),
    /** Words naming a relative: findings in their scope belong to the family, not the patient. */
    family: z.array(zWord).optional(),
    analytes: z.array(zAnalyte).optional(),
    /** How long a symptom has lasted ("3/52", "6 months of …") to the onset findings. */
    onset: z
      .object({
        units: z.array(z.object({ words: z.array(zWord).min(1), days: z.number().positive() }).strict()),
        /** Clinical shorthand N/7 (days), N/52 (weeks), N/12 (months). */
        fractions: z.array(z.object({ denominator: z.number().int().positive(), days: z.number().positive() }).strict()),
        /** First rule whose maxDays holds (or without maxDays) names the finding. */
        rules: z.array(z.object({ finding: zSlug, maxDays: z.number().positive().optional() }).strict()).min(1),
        /** Finding kinds a duration may describe (a duration beside "diabetes" is not the symptom's). */
        kinds: z.array(zText).min(1),
        /** Words that date the onset with a time point ("onset 3 h ago", "started 2 days ago"): that time is its duration. */
        sinceWords: z.array(zText).optional(),
        /** Findings whose meaning is recent, each with its window: a time point older than it ("10 years ago", "in 2009") does not read it, or reads `remoteAs` (an old injury). */
        recent: z.array(z.object({ finding: zSlug, maxDays: z.number().positive(), remoteAs: zSlug.optional() }).strict()).optional(),
        /**
         * What the presentation is: findings of these kinds dated beyond maxDays ("sciatica 2015") or qualified
         * by a past word ("previous cord compression") in their clause are history, not read.
         */
        current: z.object({ kinds: z.array(zText).min(1), maxDays: z.number().positive(), pastWords: z.array(zText) }).strict().optional(),
        /** Phrases that date an event long ago without a number ("as a child"), with the age they give in days. */
        remote: z.array(z.object({ phrase: zText, days: z.number().positive() }).strict()).optional(),
        note: zText.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type LexiconFile = z.infer<typeof zLexiconFile>;
export type Analyte = z.infer<typeof zAnalyte>;
export type OnsetRules = NonNullable<LexiconFile['onset']>;
export type QualifierClass = (typeof QUALIFIER_CLASSES)[number];
