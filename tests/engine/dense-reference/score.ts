// Dense reference (the engine as of commit c91ab2c, before the sparse index): kept only for tests/engine/sparse-equivalence.test.ts.
// Naive-Bayes ranking: each cause's prior (care setting's prevalence tier, age, sex) times the
// likelihood ratio of every piece of evidence (see evidence.ts for chains, attributes and groups).
import { compareText } from '../../../lib/search/normalise';
import { assertCaseInput, enteredFindingIds } from './case-input';
import { caseEvidence, dampedWeights, type CaseEvidence, type EvidenceItem } from './evidence';
import { tierIn, type CauseModel, type EngineIndex, type TypicalFinding } from './index';
import {
  AGE_OUTSIDE_TYPICAL_FACTOR,
  DEFAULT_CARE_SETTING,
  SEX_NON_PREDOMINANT_FACTOR,
  SEX_PREDOMINANT_FACTOR,
  SEX_SPECIFIC_OTHER_SEX_FACTOR,
} from '../../../lib/engine/parameters';
import type { CareSetting, CaseInput, Sex, Urgency } from '../../../lib/engine/types';

/** How one entered finding (or attribute) moved a cause: weight = ln LR as counted, after damping and the evidence exponent (> 0 supports, < 0 argues against). */
export interface FindingContribution {
  findingId: string;
  label: string;
  state: 'present' | 'absent';
  weight: number;
}

/** A cause in the differential, with the reasons for its place. */
export interface RankedCause {
  id: string;
  name: string;
  icd10: string[];
  urgency: Urgency;
  cantMiss: boolean;
  /** Posterior probability among the catalog's causes; all causes sum to 1. */
  probability: number;
  /** ln P(cause | setting, age, sex), normalised over the catalog; logPrior + Σ weights − const = ln probability. */
  logPrior: number;
  supporting: FindingContribution[];
  against: FindingContribution[];
  /** Findings this cause usually shows (P ≥ 0.5) that have not been asked yet, most probable first. */
  missingTypical: TypicalFinding[];
}

/** ln of the cause's unnormalised prior weight in this care setting for this patient's age and sex. */
export function logPriorWeight(
  index: EngineIndex,
  model: CauseModel,
  age?: number,
  sex?: Sex,
  setting: CareSetting = DEFAULT_CARE_SETTING,
): number {
  const { cause } = model;
  let logWeight = index.logTierWeight[tierIn(cause, setting)];
  if (age !== undefined && (age < cause.typicalAge.min || age > cause.typicalAge.max)) {
    logWeight += Math.log(AGE_OUTSIDE_TYPICAL_FACTOR);
  }
  if (sex !== undefined) logWeight += Math.log(sexFactor(cause.typicalSex, sex));
  return logWeight;
}

function sexFactor(typicalSex: CauseModel['cause']['typicalSex'], sex: Sex): number {
  switch (typicalSex) {
    case 'any':
      return 1;
    case 'female':
    case 'male':
      return typicalSex === sex ? 1 : SEX_SPECIFIC_OTHER_SEX_FACTOR;
    case 'female_predominant':
      return sex === 'female' ? SEX_PREDOMINANT_FACTOR : SEX_NON_PREDOMINANT_FACTOR;
    case 'male_predominant':
      return sex === 'male' ? SEX_PREDOMINANT_FACTOR : SEX_NON_PREDOMINANT_FACTOR;
  }
}

/** ln Σ exp(x), stable for large |x| (subtracting the maximum avoids overflow and underflow). */
export function logSumExp(values: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) max = Math.max(max, values[i]!);
  if (max === -Infinity) return -Infinity;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += Math.exp(values[i]! - max);
  return max + Math.log(sum);
}

/** Probabilities from log weights: exp(x − max) / Σ exp(x − max), the log-sum-exp shift applied in linear space. */
export function normaliseLogWeights(values: ArrayLike<number>): Float64Array {
  const probabilities = new Float64Array(values.length);
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) max = Math.max(max, values[i]!);
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    probabilities[i] = Math.exp(values[i]! - max);
    sum += probabilities[i]!;
  }
  // Dividing by the sum (rather than exp(x − lse)) makes exact ties come out exactly equal.
  for (let i = 0; i < values.length; i++) probabilities[i] = probabilities[i]! / sum;
  return probabilities;
}

/** Ranks every cause in the catalog by posterior probability, most probable first (ties by name). */
export function rankCauses(index: EngineIndex, input: CaseInput): RankedCause[] {
  return scoreCase(index, input).ranked;
}

/** The ranking and the evidence it rests on (implied findings, known present and absent). */
export function scoreCase(index: EngineIndex, input: CaseInput): { ranked: RankedCause[]; evidence: CaseEvidence } {
  assertCaseInput(index, input);
  const setting = input.setting ?? DEFAULT_CARE_SETTING;
  const evidence = caseEvidence(index, input, setting);
  const causeCount = index.causes.length;
  const { evidenceExponent, damping } = index.tuning;
  const weights = dampedWeights(evidence.items, causeCount, damping);
  const logPriors = new Float64Array(causeCount);
  const logScores = new Float64Array(causeCount);
  for (const model of index.causes) {
    const p = model.position;
    logPriors[p] = logPriorWeight(index, model, input.age, input.sex, setting);
    let score = 0;
    for (const w of weights) score += w[p]!;
    logScores[p] = logPriors[p]! + evidenceExponent * score;
  }
  const priorNormaliser = logSumExp(logPriors);
  const posterior = normaliseLogWeights(logScores);
  const entered = enteredFindingIds(input);

  const ranked = index.causes.map((model): RankedCause => {
    const p = model.position;
    const contributions = contributionsOf(evidence.items, weights, p, evidenceExponent).sort(byWeightMagnitude);
    return {
      id: model.cause.id,
      name: model.cause.name,
      icd10: model.cause.icd10,
      urgency: model.cause.urgency,
      cantMiss: model.cause.cantMiss,
      probability: posterior[p]!,
      logPrior: logPriors[p]! - priorNormaliser,
      supporting: contributions.filter((c) => c.weight > 0),
      against: contributions.filter((c) => c.weight < 0),
      missingTypical: model.typicalFindings.filter(
        (f) => !entered.has(f.findingId) && !evidence.knownPresent.has(f.findingId) && !evidence.knownAbsent.has(f.findingId),
      ),
    };
  });
  return { ranked: ranked.sort((a, b) => b.probability - a.probability || compareText(a.name, b.name)), evidence };
}

// Below this |ln LR| a piece of evidence explains nothing worth showing (LR within 1 ± 0.01).
const NEGLIGIBLE_WEIGHT = 0.01;

function contributionsOf(
  items: readonly EvidenceItem[],
  weights: readonly Float64Array[],
  position: number,
  exponent: number,
): FindingContribution[] {
  const contributions: FindingContribution[] = [];
  items.forEach((item, i) => {
    const weight = exponent * weights[i]![position]!;
    if (Math.abs(weight) >= NEGLIGIBLE_WEIGHT) {
      contributions.push({ findingId: item.findingIds[0]!, label: item.label, state: item.state, weight });
    }
  });
  return contributions;
}

function byWeightMagnitude(a: FindingContribution, b: FindingContribution): number {
  return Math.abs(b.weight) - Math.abs(a.weight) || compareText(a.label, b.label);
}
