// Whether an Observation says its finding is there or not: valueBoolean, an interpretation
// (v3-ObservationInterpretation), a coded answer (SNOMED CT yes/no/positive/negative) or a
// plain-text answer. "Normal" and "negative" mean absent.
import { SNOMED } from '../terminology';
import { OBSERVATION_INTERPRETATION } from './codes';
import type { InObservation } from './input-schema';

export type FindingState = 'present' | 'absent';

const INTERPRETATION: Record<string, FindingState> = {
  N: 'absent',
  NEG: 'absent',
  ND: 'absent',
  NR: 'absent',
  POS: 'present',
  DET: 'present',
  A: 'present',
  AA: 'present',
  H: 'present',
  HH: 'present',
  HU: 'present',
  L: 'present',
  LL: 'present',
  LU: 'present',
};

// SNOMED CT qualifier values for answers: Yes, No, Positive, Negative, Present, Absent.
const SNOMED_ANSWER: Record<string, FindingState> = {
  '373066001': 'present',
  '373067005': 'absent',
  '10828004': 'present',
  '260385009': 'absent',
  '52101004': 'present',
  '2667000': 'absent',
};

const TEXT_ANSWER: [RegExp, FindingState][] = [
  [/^(negative|neg|not detected|non-?reactive|absent|no|normal)$/i, 'absent'],
  [/^(positive|pos|detected|reactive|present|yes)$/i, 'present'],
];

/** What the Observation's value or interpretation says, or undefined when it says neither. */
export function observationPolarity(observation: InObservation): FindingState | undefined {
  if (observation.valueBoolean !== undefined) return observation.valueBoolean ? 'present' : 'absent';
  for (const coding of observation.valueCodeableConcept?.coding ?? []) {
    const state = coding.system === SNOMED && coding.code ? SNOMED_ANSWER[coding.code] : undefined;
    if (state) return state;
  }
  const text = (observation.valueString ?? observation.valueCodeableConcept?.text)?.trim();
  if (text) for (const [pattern, state] of TEXT_ANSWER) if (pattern.test(text)) return state;
  for (const concept of observation.interpretation ?? []) {
    for (const coding of concept.coding ?? []) {
      const state = coding.system === OBSERVATION_INTERPRETATION && coding.code ? INTERPRETATION[coding.code.toUpperCase()] : undefined;
      if (state) return state;
    }
  }
  return undefined;
}

/** True when the Observation's interpretation flags it normal (or negative). */
export function isFlaggedNormal(observation: InObservation): boolean {
  return (observation.interpretation ?? []).some((c) =>
    (c.coding ?? []).some((x) => x.system === OBSERVATION_INTERPRETATION && ['N', 'NEG', 'ND'].includes((x.code ?? '').toUpperCase())),
  );
}
