// Why a cause sits where it does: each piece of evidence's weight for that cause, largest first,
// split into supporting and against. Built only for the causes a caller returns (a large catalog
// has thousands, and these lists were most of a differential's garbage); a cause that no evidence
// item singles out shares one frozen explanation.
import { compareText } from '../search/normalise';
import type { EvidenceItem } from './evidence';
import type { SparseByCause } from './sparse';

/** How one entered finding (or attribute) moved a cause: weight = ln LR as counted, after damping and the evidence exponent (> 0 supports, < 0 argues against). */
export interface FindingContribution {
  findingId: string;
  label: string;
  state: 'present' | 'absent';
  weight: number;
  /** An always-established exposure not entered, counted as probably absent (shown as "not recorded"). */
  unrecorded?: true;
}

/** A cause's contributions, largest magnitude first on each side. */
export interface Explanation {
  supporting: readonly FindingContribution[];
  against: readonly FindingContribution[];
}

// Below this |ln LR| a piece of evidence explains nothing worth showing (LR within 1 ± 0.01).
const NEGLIGIBLE_WEIGHT = 0.01;

/**
 * The explanations of the causes at `positions` (strictly ascending), in that order. A cursor per
 * item walks the item's exceptions in position order: O(exceptions + positions × items), no search.
 */
export function explanationsAt(
  items: readonly EvidenceItem[],
  weights: readonly SparseByCause[],
  exponent: number,
  positions: Int32Array,
): Explanation[] {
  const contribution = (i: number, weight: number): FindingContribution | undefined => {
    const item = items[i]!;
    if (Math.abs(weight) < NEGLIGIBLE_WEIGHT) return undefined;
    return { findingId: item.findingIds[0]!, label: item.label, state: item.state, weight, ...(item.unrecorded ? { unrecorded: true as const } : {}) };
  };
  const shared = weights.map((w, i) => {
    const found = contribution(i, exponent * w.fallback);
    return found && Object.freeze(found);
  });
  let untouched: Explanation | undefined;
  const cursors = new Int32Array(weights.length);
  const out = new Array<Explanation>(positions.length);
  for (let j = 0; j < positions.length; j++) {
    const c = positions[j]!;
    let touched = false;
    for (let i = 0; i < weights.length; i++) {
      const exceptions = weights[i]!.positions;
      let k = cursors[i]!;
      while (k < exceptions.length && exceptions[k]! < c) k++;
      cursors[i] = k;
      if (exceptions[k] === c) touched = true;
    }
    if (!touched) {
      untouched ??= frozen(split(shared.filter((x) => x !== undefined)));
      out[j] = untouched;
      continue;
    }
    const list: FindingContribution[] = [];
    for (let i = 0; i < weights.length; i++) {
      const { positions: exceptions, values } = weights[i]!;
      const k = cursors[i]!;
      const found = exceptions[k] === c ? contribution(i, exponent * values[k]!) : shared[i];
      if (found) list.push(found);
    }
    out[j] = split(list);
  }
  return out;
}

/**
 * 1 for each cause position that some present evidence supports (a contribution with weight ≥ the
 * negligible weight, i.e. one listed under `supporting`), without building any contribution:
 * O(causes + exceptions). The can't-miss list asks this of every dangerous cause.
 */
export function supportedByPresent(
  items: readonly EvidenceItem[],
  weights: readonly SparseByCause[],
  exponent: number,
  causeCount: number,
): Uint8Array {
  const supports = (weight: number) => (exponent * weight >= NEGLIGIBLE_WEIGHT ? 1 : 0);
  const count = new Int32Array(causeCount);
  let shared = 0;
  weights.forEach((w, i) => {
    if (items[i]!.state !== 'present') return;
    const base = supports(w.fallback);
    shared += base;
    for (let k = 0; k < w.positions.length; k++) count[w.positions[k]!]! += supports(w.values[k]!) - base;
  });
  const out = new Uint8Array(causeCount);
  for (let c = 0; c < causeCount; c++) out[c] = shared + count[c]! > 0 ? 1 : 0;
  return out;
}

function split(list: FindingContribution[]): Explanation {
  if (list.length > 1) list.sort(byWeightMagnitude);
  const supporting: FindingContribution[] = [];
  const against: FindingContribution[] = [];
  for (const c of list) (c.weight > 0 ? supporting : against).push(c);
  return { supporting, against };
}

function frozen({ supporting, against }: Explanation): Explanation {
  return { supporting: Object.freeze(supporting), against: Object.freeze(against) };
}

function byWeightMagnitude(a: FindingContribution, b: FindingContribution): number {
  return Math.abs(b.weight) - Math.abs(a.weight) || compareText(a.label, b.label);
}
