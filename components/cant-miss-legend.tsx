// The one place that says what "Can't miss" and "Must not be missed when suspected" mean, so the
// workspace, the print view and the reference pages use the words for one thing each.

/** What "Can't miss" means for a case: the engine's can't-miss list (lib/engine/cant-miss.ts). */
export const CANT_MISS_MEANING =
  'Dangerous causes (emergency, urgent, or flagged must not be missed) that a present finding supports (at 0.2 % or more) or a fired red flag names; one whose red-flag presentation is still open stays listed below that. Rule each out actively, whatever its rank.';

/** What the catalog's flag means on reference pages. */
export const MUST_NOT_MISS_MEANING =
  'A cause that does harm quickly if missed, to exclude actively whenever it is suspected. It describes the cause, not a patient: in the workspace such a cause is marked Can’t miss only when the case supports it.';

/** Both meanings, for the pages that show the reference flag (cause list and cause pages). */
export function CantMissLegend() {
  return (
    <details className="cant-miss-legend small">
      <summary>What “Must not be missed” and “Can’t miss” mean</summary>
      <p>
        <strong>Must not be missed when suspected</strong> (cause pages): {MUST_NOT_MISS_MEANING}
      </p>
      <p>
        <strong>Can’t miss</strong> (the workspace, its print view and copied note): {CANT_MISS_MEANING}
      </p>
    </details>
  );
}
