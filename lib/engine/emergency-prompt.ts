// "An emergency cause is in the top three and no red flag has fired": the ranking says look,
// the rules have not been satisfied (yet). The prompt names what would settle it.
import type { EngineIndex } from './engine-index';
import type { RedFlagAlert } from './red-flags';
import type { RankedCause } from './score';

/** How many of the top causes are watched. */
export const EMERGENCY_PROMPT_TOP = 3;
/** How many findings to name under "check". */
const CHECK_LIMIT = 5;

/** An emergency cause high in the ranking without a fired alert, and the findings to check. */
export interface EmergencyPrompt {
  causeId: string;
  name: string;
  /** 1-based rank in the differential. */
  rank: number;
  probability: number;
  /** Unentered trigger findings of the rules that name the cause, those completing a trigger soonest first. */
  check: { findingId: string; label: string }[];
}

/** Emergency causes ranked in the top three that no fired alert names, with what to check. */
export function emergencyPrompts(
  index: EngineIndex,
  ranked: readonly RankedCause[],
  alerts: readonly RedFlagAlert[],
  entered: readonly string[],
): EmergencyPrompt[] {
  const alerted = new Set(alerts.flatMap((a) => a.causeIds));
  const known = new Set(entered);
  return ranked.slice(0, EMERGENCY_PROMPT_TOP).flatMap((cause, i) => {
    if (cause.urgency !== 'emergency' || alerted.has(cause.id)) return [];
    // The findings that would complete a trigger soonest come first (one missing before two).
    const missing = index.rules
      .filter((r) => r.causeIds.includes(cause.id))
      .flatMap((r) => r.triggers.map((group) => group.filter((id) => !known.has(id))))
      .filter((ids) => ids.length > 0)
      .sort((a, b) => a.length - b.length);
    const check = [...new Set(missing.flat())]
      .filter((id) => index.findingById.get(id)?.finding.kind !== 'imaging')
      .slice(0, CHECK_LIMIT)
      .map((findingId) => ({ findingId, label: index.findingById.get(findingId)!.finding.label }));
    return [{ causeId: cause.id, name: cause.name, rank: i + 1, probability: cause.probability, check }];
  });
}
