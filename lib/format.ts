// How probabilities, likelihood ratios and ids read on screen and in text: one formatter each,
// shared by the workspace, the reference pages and the print view (universal).

/** A posterior probability as a short percentage: "<1%", "12%", ">99%". */
export function formatProbability(p: number): string {
  if (p < 0.005) return '<1%';
  // From 99.5 % up a rounded figure would read "100%", which no differential is.
  if (p >= 0.995) return '>99%';
  return `${Math.round(p * 100)}%`;
}

/** A likelihood ratio's number, as every page shows it: "12", "3.2", "0.25" (two decimals below 1). */
export function formatRatio(lr: number): string {
  return lr >= 10 ? lr.toFixed(0) : lr >= 1 ? lr.toFixed(1) : lr.toFixed(2);
}

/** A finding's weight (ln LR) as a likelihood ratio: "LR 3.2", "LR 0.25". */
export function formatLikelihoodRatio(weight: number): string {
  return `LR ${formatRatio(Math.exp(weight))}`;
}

/** A weight with its sign: "+1.20", "−0.85". */
export function formatWeight(weight: number): string {
  return `${weight >= 0 ? '+' : '−'}${Math.abs(weight).toFixed(2)}`;
}

// In a module of its own: the workspace's first load needs it, and none of the formatters above.
export { humaniseId } from './humanise-id';
