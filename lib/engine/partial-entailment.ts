// Findings that entail "one of several values" of an exclusive attribute: an upper motor neurone
// sign in the legs (brisk reflexes, an extensor plantar, clonus, spasticity, pyramidal weakness)
// means the motor signs are upper or mixed. Such a finding is not an entry point (it fixes no single
// value), but where a cause does not list it, its P(f | c) should follow the cause's own attribute
// distribution rather than a flat leak: κ × Σ P(value | c), κ the median of P(f | c) / Σ P(value | c)
// over the causes that list it (as for entailed findings in leak.ts). Without this a cord cause that
// forgot to list brisk reflexes was argued against by them, and a length-dependent neuropathy whose
// attributes give upper motor neurone signs 2 % kept the same 0.7 × background as any other cause.
import type { AttributeVariable } from './types';

/** A disjunction of values of one attribute variable. */
export interface PartialEntailment {
  variable: AttributeVariable;
  values: readonly string[];
}

const UPPER_OR_MIXED: PartialEntailment = { variable: 'motorSigns', values: ['upper', 'mixed'] };

/** Finding id → the attribute values it entails one of. */
export const PARTIAL_ATTRIBUTE_ENTAILMENTS: Readonly<Record<string, PartialEntailment>> = {
  'hyperreflexia-legs': UPPER_OR_MIXED,
  'extensor-plantar': UPPER_OR_MIXED,
  clonus: UPPER_OR_MIXED,
  'spasticity-legs': UPPER_OR_MIXED,
  'pyramidal-weakness': UPPER_OR_MIXED,
  'mixed-umn-lmn-legs': { variable: 'motorSigns', values: ['mixed'] },
};

/**
 * P(f | c) for the causes (by position) that give attributes but do not list f: κ × mass(c), with
 * mass(c) = Σ P(value | c) over the entailed values. Undefined when no attributed cause lists f (no κ).
 */
export function partiallyEntailedProbabilities(
  listed: ReadonlyMap<number, number> | undefined,
  attributed: readonly number[],
  mass: (position: number) => number,
): Map<number, number> | undefined {
  const ratios: number[] = [];
  for (const c of attributed) {
    const p = listed?.get(c);
    if (p !== undefined) ratios.push(Math.min(1, p / Math.max(mass(c), 1e-9)));
  }
  if (ratios.length === 0) return undefined;
  ratios.sort((a, b) => a - b);
  const mid = ratios.length >> 1;
  const kappa = ratios.length % 2 ? ratios[mid]! : (ratios[mid - 1]! + ratios[mid]!) / 2;
  const out = new Map<number, number>();
  for (const c of attributed) if (listed?.get(c) === undefined) out.set(c, Math.min(1, kappa * mass(c)));
  return out;
}
