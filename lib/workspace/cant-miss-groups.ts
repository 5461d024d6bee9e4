// The can't-miss list by urgency, for the one-page print view: the urgency is said once per
// group instead of after every cause, so a long list (a cauda equina case names about twenty)
// still fits the sheet with every cause named.
import type { Urgency } from '@/lib/catalog/types';
import { URGENCIES } from '../vocabulary';
import { URGENCY_LABEL } from './catalog-words';

/** A can't-miss cause as the differential response carries it (the fields the grouping reads). */
export interface CantMissLine {
  name: string;
  urgency: Urgency;
  probability: number;
}

/** One urgency group, its causes in the order the engine listed them. */
export interface CantMissGroup<T extends CantMissLine> {
  urgency: Urgency;
  title: string;
  causes: T[];
}

/** Groups can't-miss causes by urgency (emergency first), leaving empty groups out. */
export function groupCantMiss<T extends CantMissLine>(causes: readonly T[]): CantMissGroup<T>[] {
  return URGENCIES.map((urgency) => ({ urgency, title: URGENCY_LABEL[urgency], causes: causes.filter((c) => c.urgency === urgency) })).filter(
    (group) => group.causes.length > 0,
  );
}
