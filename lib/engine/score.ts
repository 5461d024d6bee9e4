// Naive-Bayes ranking: each cause's prior (care setting's prevalence tier, age, sex) times the
// likelihood ratio of every piece of evidence (see evidence.ts for chains, attributes and groups).
import { assertCaseInput, enteredFindingIds } from './case-input';
import { caseEvidence, dampedWeights, type CaseEvidence } from './evidence';
import { explanationsAt, type FindingContribution } from './explanations';
import { tierIn, type CauseModel, type EngineIndex, type TypicalFinding } from './engine-index';
import {
  AGE_OUTSIDE_TYPICAL_FACTOR,
  DEFAULT_CARE_SETTING,
  SEX_NON_PREDOMINANT_FACTOR,
  SEX_PREDOMINANT_FACTOR,
  SEX_SPECIFIC_OTHER_SEX_FACTOR,
} from './parameters';
import { topPositions } from './ranking';
import { indexOfPosition, type SparseByCause } from './sparse';
import type { CareSetting, CaseInput, Sex, Urgency } from './types';
import { TYPICAL_SEXES } from '../vocabulary';

export type { FindingContribution };

/**
 * A cause in the differential, with the reasons for its place. Its lists are read-only: causes
 * that no entered finding singles out share one frozen list (a large catalog has thousands).
 */
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
  supporting: readonly FindingContribution[];
  against: readonly FindingContribution[];
  /** Findings this cause usually shows (P ≥ 0.5) that have not been asked yet, most probable first. */
  missingTypical: readonly TypicalFinding[];
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

/** logPriorWeight of every cause, by position, from the cause table (the same sums in the same order). */
function priorLogWeights(index: EngineIndex, age: number | undefined, sex: Sex | undefined, setting: CareSetting): Float64Array {
  const { logTierWeight, ageMin, ageMax, typicalSex } = index.causeTable;
  const out = Float64Array.from(logTierWeight[setting]);
  const logAgeFactor = Math.log(AGE_OUTSIDE_TYPICAL_FACTOR);
  if (age !== undefined) {
    for (let p = 0; p < out.length; p++) if (age < ageMin[p]! || age > ageMax[p]!) out[p] = out[p]! + logAgeFactor;
  }
  if (sex !== undefined) {
    const logSexFactor = TYPICAL_SEXES.map((typical) => Math.log(sexFactor(typical, sex)));
    for (let p = 0; p < out.length; p++) out[p] = out[p]! + logSexFactor[typicalSex[p]!]!;
  }
  return out;
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

/** A scored case as typed arrays by cause position: what every derived list reads, before any cause object exists. */
export interface CaseScores {
  evidence: CaseEvidence;
  /** Each evidence item's damped weight by cause (see dampedWeights), before the evidence exponent. */
  weights: SparseByCause[];
  /** ln P(cause | setting, age, sex), normalised over the catalog. */
  logPrior: Float64Array;
  /** Posterior over every cause of the catalog (sums to 1). */
  posterior: Float64Array;
  /** 1 at the finding positions entered or known, which missingTypical leaves out. */
  asked: Uint8Array;
}

/** The ranking, the evidence it rests on (implied findings, known present and absent) and the posterior by cause position. */
export function scoreCase(index: EngineIndex, input: CaseInput): { ranked: RankedCause[]; evidence: CaseEvidence; posterior: Float64Array } {
  const scores = scorePositions(index, input);
  const order = topPositions(scores.posterior, index.causeNameRank, index.causes.length);
  return { ranked: rankedCausesAt(index, scores, order), evidence: scores.evidence, posterior: scores.posterior };
}

/** Scores every cause without building one object per cause: O(causes + exceptions of the evidence). */
export function scorePositions(index: EngineIndex, input: CaseInput): CaseScores {
  assertCaseInput(index, input);
  const setting = input.setting ?? DEFAULT_CARE_SETTING;
  const evidence = caseEvidence(index, input, setting);
  const causeCount = index.causes.length;
  const { evidenceExponent, damping } = index.tuning;
  const weights = dampedWeights(evidence.items, damping);
  // Every cause starts from the sum of the shared weights; only the causes an item singles out move.
  let shared = 0;
  for (const w of weights) shared += w.fallback;
  const evidenceSum = new Float64Array(causeCount).fill(shared);
  for (const { positions, values, fallback } of weights) {
    for (let k = 0; k < positions.length; k++) evidenceSum[positions[k]!] = evidenceSum[positions[k]!]! + (values[k]! - fallback);
  }
  const logPrior = priorLogWeights(index, input.age, input.sex, setting);
  const logScores = new Float64Array(causeCount);
  for (let p = 0; p < causeCount; p++) logScores[p] = logPrior[p]! + evidenceExponent * evidenceSum[p]!;
  const priorNormaliser = logSumExp(logPrior);
  for (let p = 0; p < causeCount; p++) logPrior[p] = logPrior[p]! - priorNormaliser;
  const asked = new Uint8Array(index.findings.length);
  for (const id of [...enteredFindingIds(input), ...evidence.knownPresent, ...evidence.knownAbsent]) {
    asked[index.findingTable.positionById.get(id)!] = 1;
  }
  return { evidence, weights, logPrior, posterior: normaliseLogWeights(logScores), asked };
}

/** The ranked causes at these (distinct) positions, in the order given, each with its explanation and missing typical findings. */
export function rankedCausesAt(index: EngineIndex, scores: CaseScores, positions: Int32Array): RankedCause[] {
  const { evidence, weights, posterior, logPrior, asked } = scores;
  // Explanations walk the evidence in position order; the answer keeps the order asked for. Every
  // cause asked for (the whole ranking) makes that order 0, 1, …: no sort and no search.
  const everyCause = positions.length === index.causes.length;
  const ascending = everyCause ? Int32Array.from(positions.keys()) : Int32Array.from(positions).sort();
  const explanations = explanationsAt(evidence.items, weights, index.tuning.evidenceExponent, ascending);
  return Array.from(positions, (p): RankedCause => {
    const { cause, typicalFindings, typicalFindingPositions } = index.causes[p]!;
    const { supporting, against } = explanations[everyCause ? p : indexOfPosition(ascending, p)]!;
    return {
      id: cause.id,
      name: cause.name,
      icd10: cause.icd10,
      urgency: cause.urgency,
      cantMiss: cause.cantMiss,
      probability: posterior[p]!,
      logPrior: logPrior[p]!,
      supporting,
      against,
      missingTypical: anyAsked(typicalFindingPositions, asked)
        ? typicalFindings.filter((_, k) => !asked[typicalFindingPositions[k]!])
        : typicalFindings,
    };
  });
}

function anyAsked(positions: Int32Array, asked: Uint8Array): boolean {
  for (let k = 0; k < positions.length; k++) if (asked[positions[k]!]) return true;
  return false;
}
