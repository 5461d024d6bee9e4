// How probabilities and likelihood ratios read on screen and in text.

/** A posterior probability as a short percentage: "<1%", "12%", ">99%". */
export function formatProbability(p: number): string {
  if (p < 0.005) return '<1%';
  if (p > 0.995) return '>99%';
  return `${Math.round(p * 100)}%`;
}

/** A finding's weight (ln LR) as a likelihood ratio: "LR 3.2", "LR 0.25". */
export function formatLikelihoodRatio(weight: number): string {
  const lr = Math.exp(weight);
  return `LR ${lr >= 10 ? lr.toFixed(0) : lr >= 1 ? lr.toFixed(1) : lr.toFixed(2)}`;
}

/** A weight with its sign: "+1.20", "−0.85". */
export function formatWeight(weight: number): string {
  return `${weight >= 0 ? '+' : '−'}${Math.abs(weight).toFixed(2)}`;
}

/** An id read as words when no label is at hand: "saddle-anaesthesia" → "saddle anaesthesia". */
export function humaniseId(id: string): string {
  return id.replace(/-/g, ' ');
}
