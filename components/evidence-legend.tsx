/** What the treatment evidence grades mean (shown wherever a grade is). */
export function EvidenceLegend() {
  return (
    <p className="muted evidence-legend">
      Evidence grades: <strong>A</strong> consistent evidence from randomised trials or their meta-analyses; <strong>B</strong> limited or
      inconsistent trial evidence, or good observational studies; <strong>C</strong> case series, extrapolation or consensus;{' '}
      <strong>expert</strong> expert opinion or guideline consensus without graded evidence.
    </p>
  );
}
