// The can't-miss list answers "what dangerous cause is still compatible with this patient?",
// which the probability ranking alone hides when a dangerous cause is rare.
import { compareText } from './index';
import { CANT_MISS_MIN_PROBABILITY } from './parameters';
import type { RedFlagAlert } from './red-flags';
import type { RankedCause } from './score';
import type { Urgency } from './types';

/** A dangerous cause that should be considered explicitly. */
export interface CantMissCause {
  id: string;
  name: string;
  urgency: Urgency;
  probability: number;
  /** Fired alerts that name this cause (empty when it is listed on its supporting findings). */
  alertIds: string[];
}

/** Dangerous causes (cantMiss, emergency or urgent) named by a fired alert or supported and ≥ 0.2 %; emergency first, then by probability. */
export function listCantMiss(ranked: readonly RankedCause[], alerts: readonly RedFlagAlert[]): CantMissCause[] {
  const alertIdsByCause = new Map<string, string[]>();
  for (const alert of alerts) {
    for (const causeId of alert.causeIds) {
      alertIdsByCause.set(causeId, [...(alertIdsByCause.get(causeId) ?? []), alert.ruleId]);
    }
  }
  const listed: CantMissCause[] = [];
  for (const cause of ranked) {
    const alertIds = alertIdsByCause.get(cause.id) ?? [];
    // An alert-named cause is kept even if the catalog forgot to flag it as dangerous.
    const dangerous = cause.cantMiss || cause.urgency !== 'routine' || alertIds.length > 0;
    if (!dangerous) continue;
    const supportedByPresent = cause.supporting.some((c) => c.state === 'present');
    const compatible = alertIds.length > 0 || (supportedByPresent && cause.probability >= CANT_MISS_MIN_PROBABILITY);
    if (!compatible) continue;
    listed.push({ id: cause.id, name: cause.name, urgency: cause.urgency, probability: cause.probability, alertIds });
  }
  return listed.sort(
    (a, b) =>
      Number(b.urgency === 'emergency') - Number(a.urgency === 'emergency') ||
      b.probability - a.probability ||
      compareText(a.name, b.name),
  );
}
