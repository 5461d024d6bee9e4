// Always-established exposures (an injury, a dive, an ICU stay) that the clinician has not
// recorded: informative missingness, counted as weak evidence of absence (see
// ALWAYS_ESTABLISHED_EXPOSURES in parameters.ts for why).
import type { EvidenceItem } from './evidence';
import type { EngineIndex } from './engine-index';
import { ALWAYS_ESTABLISHED_EXPOSURES, EXPOSURE_RECORDED_PROBABILITY, clampProbability } from './parameters';
import { combineSparse } from './sparse';
import type { CareSetting } from './types';

/** One evidence item per always-established exposure neither known present nor known absent: P(not recorded | c) = 1 − ρ P(exposure | c). */
export function unrecordedExposureItems(
  index: EngineIndex,
  known: { knownPresent: ReadonlySet<string>; knownAbsent: ReadonlySet<string> },
  setting: CareSetting,
  recorded = EXPOSURE_RECORDED_PROBABILITY,
): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  for (const id of ALWAYS_ESTABLISHED_EXPOSURES) {
    const model = index.findingById.get(id);
    // A catalog without the exposure (a test or synthetic catalog) has nothing to say about it.
    if (!model || known.knownPresent.has(id) || known.knownAbsent.has(id)) continue;
    items.push({
      findingIds: [id],
      label: model.finding.label,
      state: 'absent',
      unrecorded: true,
      logLikelihood: combineSparse([model.probability], ([p]) => Math.log(clampProbability(1 - recorded * p!))),
      marginal: clampProbability(1 - recorded * model.marginal[setting]),
    });
  }
  return items;
}
