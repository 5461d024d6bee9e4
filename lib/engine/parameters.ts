// The model's parameters in one place. They are the authors' estimates, not published figures:
// they encode clinical common sense (a very common cause should need less evidence than a rare
// one) and are meant to be tuned against real cases. Changing them changes every ranking.
import type { PrevalenceTier, TestRole, Urgency } from './types';

/**
 * Relative prior weight per prevalence tier (estimate). Roughly a 2-3x step between tiers,
 * so that one moderately specific finding (LR ~3) can lift a cause by one tier but a rare
 * cause still needs several findings to overtake a very common one.
 */
export const PREVALENCE_TIER_WEIGHT: Readonly<Record<PrevalenceTier, number>> = {
  very_common: 16,
  common: 8,
  uncommon: 3,
  rare: 1,
  very_rare: 0.3,
};

/**
 * Prior factor when the patient's age is outside the cause's typical range (estimate). Soft,
 * not zero: typical ranges are where most cases fall, and atypical-age cases are exactly the
 * ones a reference must not rule out.
 */
export const AGE_OUTSIDE_TYPICAL_FACTOR = 0.25;

/**
 * Prior factor for a sex-specific cause ('female' / 'male') in the other sex (estimate). Near
 * zero but not zero, so that a mis-entered sex or an intersex patient does not erase a cause.
 */
export const SEX_SPECIFIC_OTHER_SEX_FACTOR = 0.02;

/** Prior factor for the predominant sex of a '*_predominant' cause (estimate). */
export const SEX_PREDOMINANT_FACTOR = 1.5;

/** Prior factor for the other sex of a '*_predominant' cause (estimate, ~1/1.5). */
export const SEX_NON_PREDOMINANT_FACTOR = 0.67;

/**
 * Bounds for every probability the engine reads (P(f|c) and background frequency). A catalog
 * 0 or 1 would make ln LR infinite, so one contradicting finding would veto a cause absolutely
 * (the naive-Bayes zero-frequency problem) although catalog figures are estimates and
 * atypical presentations exist. Clamping caps |ln LR| at ln(0.999/0.001) ≈ 6.9 per finding.
 */
export const PROBABILITY_FLOOR = 0.001;
/** Upper bound, see PROBABILITY_FLOOR. */
export const PROBABILITY_CEILING = 0.999;

/** A listed finding at least this likely for a cause is "typical" (shown when not yet asked). */
export const TYPICAL_FINDING_PROBABILITY = 0.5;

/** A supported can't-miss cause is listed only from this posterior up (estimate: 1 in 500). */
export const CANT_MISS_MIN_PROBABILITY = 0.002;

/** Leading causes for the workup: the smallest set covering this much probability... */
export const LEADING_PROBABILITY_MASS = 0.9;
/** ...but never more than this many causes, so the plan stays short. */
export const LEADING_MAX_CAUSES = 8;

/**
 * Probability a cause named by a fired red-flag alert counts with in the workup score, at least
 * (estimate). The alert says "act now" whatever the posterior says; without a floor the tests
 * that confirm or exclude that cause (emergency MRI for cauda equina) sink under the tests of
 * the likelier benign causes.
 */
export const ALERT_CAUSE_PROBABILITY_FLOOR = 0.5;

/** Workup weight by urgency: tests for an emergency cause matter even when it is less likely. */
export const URGENCY_WEIGHT: Readonly<Record<Urgency, number>> = { emergency: 3, urgent: 2, routine: 1 };

/** Workup weight by the test's role for a cause: first-line tests come first. */
export const TEST_ROLE_WEIGHT: Readonly<Record<TestRole, number>> = {
  first_line: 1,
  confirmatory: 0.7,
  if_indicated: 0.4,
};

/** Clamps a catalog probability into [PROBABILITY_FLOOR, PROBABILITY_CEILING]. */
export function clampProbability(p: number): number {
  return Math.min(PROBABILITY_CEILING, Math.max(PROBABILITY_FLOOR, p));
}
