// Naive-Bayes ranking: each cause's prior (care setting's prevalence tier, age, sex) times the
// likelihood ratio of every piece of evidence (see evidence.ts for chains, attributes and groups).
import { assertCaseInput, enteredFindingIds } from './case-input';
import { caseEvidence, dampedWeights, type CaseEvidence, type EvidenceItem } from './evidence';
import { compareText, tierIn, type CauseModel, type EngineIndex, type TypicalFinding } from './index';
import {
  AGE_OUTSIDE_TYPICAL_FACTOR,
  DEFAULT_CARE_SETTING,
  SEX_NON_PREDOMINANT_FACTOR,
  SEX_PREDOMINANT_FACTOR,
  SEX_SPECIFIC_OTHER_SEX_FACTOR,
} from './parameters';
import type { SparseByCause } from './sparse';
import type { CareSetting, CaseInput, Sex, Urgency } from './types';

/** How one entered finding (or attribute) moved a cause: weight = ln LR as counted, after damping and the evidence exponent (> 0 supports, < 0 argues against). */
export interface FindingContribution {
  findingId: string;
  label: string;
  state: 'present' | 'absent';
  weight: number;
  /** An always-established exposure not entered, counted as probably absent (shown as "not recorded"). */
  unrecorded?: true;
}

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

/** The ranking, the evidence it rests on (implied findings, known present and absent) and the posterior by cause position. */
export function scoreCase(index: EngineIndex, input: CaseInput): { ranked: RankedCause[]; evidence: CaseEvidence; posterior: Float64Array } {
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
  const logPriors = new Float64Array(causeCount);
  const logScores = new Float64Array(causeCount);
  for (const model of index.causes) {
    const p = model.position;
    logPriors[p] = logPriorWeight(index, model, input.age, input.sex, setting);
    logScores[p] = logPriors[p]! + evidenceExponent * evidenceSum[p]!;
  }
  const priorNormaliser = logSumExp(logPriors);
  const posterior = normaliseLogWeights(logScores);
  const asked = new Uint8Array(index.findings.length);
  for (const id of [...enteredFindingIds(input), ...evidence.knownPresent, ...evidence.knownAbsent]) {
    asked[index.findingTable.positionById.get(id)!] = 1;
  }
  const contributions = contributionsByPosition(evidence.items, weights, evidenceExponent, causeCount);

  const order = Array.from({ length: causeCount }, (_, p) => p).sort(
    (a, b) => posterior[b]! - posterior[a]! || index.causeNameRank[a]! - index.causeNameRank[b]!,
  );
  const ranked = order.map((p): RankedCause => {
    const { cause, typicalFindings, typicalFindingPositions } = index.causes[p]!;
    const { supporting, against } = contributions[p]!;
    return {
      id: cause.id,
      name: cause.name,
      icd10: cause.icd10,
      urgency: cause.urgency,
      cantMiss: cause.cantMiss,
      probability: posterior[p]!,
      logPrior: logPriors[p]! - priorNormaliser,
      supporting,
      against,
      missingTypical: anyAsked(typicalFindingPositions, asked)
        ? typicalFindings.filter((_, k) => !asked[typicalFindingPositions[k]!])
        : typicalFindings,
    };
  });
  return { ranked, evidence, posterior };
}

function anyAsked(positions: Int32Array, asked: Uint8Array): boolean {
  for (let k = 0; k < positions.length; k++) if (asked[positions[k]!]) return true;
  return false;
}

// Below this |ln LR| a piece of evidence explains nothing worth showing (LR within 1 ± 0.01).
const NEGLIGIBLE_WEIGHT = 0.01;

interface Explanation {
  supporting: readonly FindingContribution[];
  against: readonly FindingContribution[];
}

/**
 * Each cause's contributions, largest first, by position. A cause that no item singles out has
 * the shared weights, so its list is computed once; for the others a cursor per item walks the
 * item's exceptions in position order: O(items × causes + exceptions), no search.
 */
function contributionsByPosition(
  items: readonly EvidenceItem[],
  weights: readonly SparseByCause[],
  exponent: number,
  causeCount: number,
): Explanation[] {
  const contribution = (i: number, weight: number): FindingContribution | undefined => {
    const item = items[i]!;
    if (Math.abs(weight) < NEGLIGIBLE_WEIGHT) return undefined;
    return { findingId: item.findingIds[0]!, label: item.label, state: item.state, weight, ...(item.unrecorded ? { unrecorded: true as const } : {}) };
  };
  const split = (list: FindingContribution[]): Explanation => {
    list.sort(byWeightMagnitude);
    return { supporting: list.filter((c) => c.weight > 0), against: list.filter((c) => c.weight < 0) };
  };
  const shared = weights.map((w, i) => {
    const found = contribution(i, exponent * w.fallback);
    return found && Object.freeze(found);
  });
  const common = split(shared.filter((c) => c !== undefined));
  const untouched = { supporting: Object.freeze(common.supporting), against: Object.freeze(common.against) };
  const touched = new Uint8Array(causeCount);
  for (const w of weights) for (const c of w.positions) touched[c] = 1;
  const cursors = new Int32Array(weights.length);
  const out = new Array<Explanation>(causeCount);
  for (let c = 0; c < causeCount; c++) {
    if (!touched[c]) {
      out[c] = untouched;
      continue;
    }
    const list: FindingContribution[] = [];
    for (let i = 0; i < weights.length; i++) {
      const { positions, values } = weights[i]!;
      let k = cursors[i]!;
      while (k < positions.length && positions[k]! < c) k++;
      cursors[i] = k;
      const found = positions[k] === c ? contribution(i, exponent * values[k]!) : shared[i];
      if (found) list.push(found);
    }
    out[c] = split(list);
  }
  return out;
}

function byWeightMagnitude(a: FindingContribution, b: FindingContribution): number {
  return Math.abs(b.weight) - Math.abs(a.weight) || compareText(a.label, b.label);
}
