// The likelihood ratios a reference page shows for a cause–finding pair, computed as the engine
// weighs the finding: its P(f | c) (clamped, or the cause's attribute value for an entry point) over
// the finding's background P(f), the prior-weighted mixture of the catalog in a care setting.
import type { EngineIndex } from './engine-index';
import { probabilityAt } from './engine-index';
import { DEFAULT_CARE_SETTING } from './parameters';
import type { CareSetting } from './types';

/** LR+ (finding present) and LR− (finding absent). */
export interface LikelihoodRatios {
  positive: number;
  negative: number;
}

/**
 * LR+ = P(f|c) / P(f) and LR− = (1 − P(f|c)) / (1 − P(f)) for one finding and cause, or null
 * when either id is not in the index. Alone in a case these are the factors the finding applies
 * to the cause's odds against the average patient; in a case, dependence damping can shrink them.
 */
export function likelihoodRatios(index: EngineIndex, findingId: string, causeId: string, setting: CareSetting = DEFAULT_CARE_SETTING): LikelihoodRatios | null {
  const model = index.findingById.get(findingId);
  const cause = index.causeById.get(causeId);
  if (!model || !cause) return null;
  const p = probabilityAt(model, cause.position);
  const background = model.marginal[setting];
  return { positive: p / background, negative: (1 - p) / (1 - background) };
}
