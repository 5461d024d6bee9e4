import type { Urgency } from '@/lib/catalog/types';
import { URGENCY_LABEL } from '@/lib/workspace/catalog-words';

/** Urgency as a word on a tinted badge (the word, not the colour, carries the meaning). */
export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  return <span className={`badge badge-${urgency}`}>{URGENCY_LABEL[urgency]}</span>;
}

// Two different claims, two different words (defined once, in CantMissLegend):
// "Can't miss" is about this case (the engine's list); "Must not be missed when suspected" is
// the catalog's flag on a cause, shown on reference pages, and says nothing about a patient.

/** "Can't miss" tag: the cause is on this case's can't-miss list (workspace only). */
export function CantMissBadge() {
  return <span className="badge badge-cant-miss">Can’t miss</span>;
}

/** The catalog's flag on reference pages: a cause to exclude actively whenever it is suspected. */
export function MustNotMissBadge() {
  return <span className="badge badge-cant-miss">Must not be missed when suspected</span>;
}
