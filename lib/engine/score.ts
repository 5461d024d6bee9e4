// Naive-Bayes ranking: each cause's prior (prevalence tier, age, sex) times the likelihood
// ratio of every entered finding, treating findings as independent given the cause.
import { assertCaseInput, enteredFindingIds, findingModelOf } from './case-input';
import { compareText, type CauseModel, type EngineIndex, type FindingModel, type TypicalFinding } from './index';
import {
  AGE_OUTSIDE_TYPICAL_FACTOR,
  SEX_NON_PREDOMINANT_FACTOR,
  SEX_PREDOMINANT_FACTOR,
  SEX_SPECIFIC_OTHER_SEX_FACTOR,
} from './parameters';
import type { CaseInput, Sex, Urgency } from './types';

/** How one entered finding moved a cause: weight = ln LR (> 0 supports, < 0 argues against). */
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
  /** ln P(cause | age, sex), normalised over the catalog; logPrior + Σ weights − const = ln probability. */
  logPrior: number;
  supporting: FindingContribution[];
  against: FindingContribution[];
  /** Findings this cause usually shows (P ≥ 0.5) that have not been asked yet, most probable first. */
  missingTypical: TypicalFinding[];
}

/** ln of the cause's unnormalised prior weight for this patient's age and sex. */
export function logPriorWeight(index: EngineIndex, model: CauseModel, age?: number, sex?: Sex): number {
  const { cause } = model;
  let logWeight = index.logTierWeight[cause.prevalenceTier];
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
  assertCaseInput(index, input);
  const present = input.present.map((id) => findingModelOf(index, id));
  const absent = input.absent.map((id) => findingModelOf(index, id));
  const causeCount = index.causes.length;
  const logPriors = new Float64Array(causeCount);
  const logScores = new Float64Array(causeCount);
  for (const model of index.causes) {
    const p = model.position;
    logPriors[p] = logPriorWeight(index, model, input.age, input.sex);
    let score = logPriors[p]!;
    for (const finding of present) score += finding.logLrPresent[p]!;
    for (const finding of absent) score += finding.logLrAbsent[p]!;
    logScores[p] = score;
  }
  const priorNormaliser = logSumExp(logPriors);
  const posterior = normaliseLogWeights(logScores);
  const entered = enteredFindingIds(input);

  const ranked = index.causes.map((model): RankedCause => {
    const p = model.position;
    const contributions = [
      ...contributionsOf(present, 'present', p),
      ...contributionsOf(absent, 'absent', p),
    ].sort(byWeightMagnitude);
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
      missingTypical: model.typicalFindings.filter((f) => !entered.has(f.findingId)),
    };
  });
  return ranked.sort((a, b) => b.probability - a.probability || compareText(a.name, b.name));
}

function contributionsOf(findings: FindingModel[], state: 'present' | 'absent', position: number): FindingContribution[] {
  const contributions: FindingContribution[] = [];
  for (const model of findings) {
    const weight = (state === 'present' ? model.logLrPresent : model.logLrAbsent)[position]!;
    // Weight 0 (finding not listed for the cause, or listed at background) explains nothing.
    if (weight !== 0) contributions.push({ findingId: model.finding.id, label: model.finding.label, state, weight });
  }
  return contributions;
}

function byWeightMagnitude(a: FindingContribution, b: FindingContribution): number {
  return Math.abs(b.weight) - Math.abs(a.weight) || compareText(a.label, b.label);
}
