// A finding's per-cause quantities from its derived draft: clamped P(f|c), its logs and entropy
// (sparse, sharing one positions array), and P(f) per care setting.
import { binaryEntropy } from './entropy';
import { CARE_SETTING_LIST, type FindingBasis, type FindingModel } from './engine-index';
import type { ProbabilityDraft } from './leak';
import { clampProbability } from './parameters';
import { mapSparse, type SparseByCause } from './sparse';
import type { CareSetting } from './types';

/** Σ_c π(c) p(c) for a log prior by cause position: the shared value times Σ π, plus each exception's difference. */
export function mixture(probability: SparseByCause, logPrior: ArrayLike<number>, priorSum: number): number {
  let total = probability.fallback * priorSum;
  probability.positions.forEach((c, k) => (total += Math.exp(logPrior[c]!) * (probability.values[k]! - probability.fallback)));
  return total;
}

export function sumPriors(logSettingPrior: Record<CareSetting, Float64Array>): Record<CareSetting, number> {
  const out = { primary_care: 0, emergency: 0, neurology: 0 };
  for (const setting of CARE_SETTING_LIST) for (const x of logSettingPrior[setting]) out[setting] += Math.exp(x);
  return out;
}

/** Clamps a derived draft and precomputes its logs, entropy and marginals. */
export function findingModel(
  basis: FindingBasis,
  draft: ProbabilityDraft,
  logSettingPrior: Record<CareSetting, Float64Array>,
  priorSum: Record<CareSetting, number>,
): FindingModel {
  const positions = Int32Array.from(draft.byCause.keys()).sort();
  const raw: SparseByCause = { fallback: draft.fallback, positions, values: Float64Array.from(positions, (c) => draft.byCause.get(c)!) };
  const probability = mapSparse(raw, clampProbability);
  const marginal = { primary_care: 0, emergency: 0, neurology: 0 };
  for (const setting of CARE_SETTING_LIST) marginal[setting] = mixture(probability, logSettingPrior[setting], priorSum[setting]);
  return {
    ...basis,
    probability,
    listed: Uint8Array.from(positions, (c) => (draft.listed.has(c) ? 1 : 0)),
    logPresent: mapSparse(probability, Math.log),
    logAbsent: mapSparse(probability, (p) => Math.log(1 - p)),
    entropy: mapSparse(probability, binaryEntropy),
    marginal,
  };
}
