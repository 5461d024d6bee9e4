/** The one calm line every page carries. */
export function Disclaimer() {
  return (
    <p className="disclaimer">
      NumbDx is a reference for clinicians, not a diagnosis: it supports, and never replaces, clinical judgement.
    </p>
  );
}
