// How the workspace lays out the ranked differential; universal (the server page trims what it
// sends by it, the list component renders by it).
import type { RankedCause } from '@/lib/engine/score';
import { formatProbability, formatWeight } from '@/lib/format';

/** Causes listed before the "Show causes 11–…" disclosure; a server-rendered page sends only these. */
export const DIFFERENTIAL_SHOWN_FIRST = 10;

/** Typical findings not yet asked that an entry names. */
export const MISSING_TYPICAL_SHOWN = 4;

/** A probability bar's width in percent, to a tenth (finer is invisible, and would redraw every bar on every edit). */
export function barWidth(probability: number): number {
  return Math.round(Math.max(1, Math.min(100, probability * 100)) * 10) / 10;
}

type Contribution = RankedCause['supporting'][number];

function sameContributions(a: readonly Contribution[], b: readonly Contribution[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i]!;
    return x.findingId === y.findingId && x.label === y.label && x.state === y.state && formatWeight(x.weight) === formatWeight(y.weight);
  });
}

/**
 * Whether two rankings of one cause read the same on screen (names, figures as printed, bar
 * widths, the lists for and against, the why-picture's prior): an edit re-renders only the
 * entries it visibly changes.
 */
export function sameCauseDisplay(a: RankedCause, b: RankedCause): boolean {
  if (a === b) return true;
  const missingA = a.missingTypical.slice(0, MISSING_TYPICAL_SHOWN);
  const missingB = b.missingTypical.slice(0, MISSING_TYPICAL_SHOWN);
  return (
    a.id === b.id &&
    a.name === b.name &&
    a.urgency === b.urgency &&
    a.icd10.join() === b.icd10.join() &&
    formatProbability(a.probability) === formatProbability(b.probability) &&
    barWidth(a.probability) === barWidth(b.probability) &&
    formatProbability(Math.exp(a.logPrior)) === formatProbability(Math.exp(b.logPrior)) &&
    sameContributions(a.supporting, b.supporting) &&
    sameContributions(a.against, b.against) &&
    missingA.length === missingB.length &&
    missingA.every((f, i) => f.label === missingB[i]!.label)
  );
}
