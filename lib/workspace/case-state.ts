// The case as the workspace holds it: what the clinician entered, and nothing else. It lives in
// the URL; every edit is a pure function from one case to the next.

import type { CareSetting, Sex } from '../vocabulary';

// CareSetting: where the patient presents; the priors differ (absent = primary care, the default).
export type { CareSetting, Sex } from '../vocabulary';
export type FindingState = 'present' | 'absent';

/** Entered findings (ids), age, sex and the marks on the leg picture. */
export interface CaseState {
  present: string[];
  absent: string[];
  age?: number;
  sex?: Sex;
  setting?: CareSetting;
  /** Leg-picture marks: "<region>-left", "<region>-right" or "stocking". */
  legs: string[];
}

/** A case with nothing entered. */
export const EMPTY_CASE: CaseState = { present: [], absent: [], legs: [] };

/** True when nothing at all has been entered. */
export function isEmptyCase(state: CaseState): boolean {
  return state.present.length === 0 && state.absent.length === 0 && state.age === undefined && state.sex === undefined;
}

/** The state of one finding in the case, if entered. */
export function findingStateOf(state: CaseState, findingId: string): FindingState | undefined {
  if (state.present.includes(findingId)) return 'present';
  if (state.absent.includes(findingId)) return 'absent';
  return undefined;
}

/** Enters a finding as present or absent (moving it if it was entered the other way). */
export function setFinding(state: CaseState, findingId: string, to: FindingState): CaseState {
  const present = state.present.filter((id) => id !== findingId);
  const absent = state.absent.filter((id) => id !== findingId);
  if (to === 'present') present.push(findingId);
  else absent.push(findingId);
  return { ...state, present, absent };
}

/** Removes a finding from the case. */
export function removeFinding(state: CaseState, findingId: string): CaseState {
  return {
    ...state,
    present: state.present.filter((id) => id !== findingId),
    absent: state.absent.filter((id) => id !== findingId),
  };
}

/** Entered findings in entry order (present first kept in their own order), with their state. */
export function enteredFindings(state: CaseState): { id: string; state: FindingState }[] {
  return [
    ...state.present.map((id) => ({ id, state: 'present' as const })),
    ...state.absent.map((id) => ({ id, state: 'absent' as const })),
  ];
}

/** The ids of the entered findings, present then absent. */
export function enteredIds(state: CaseState): string[] {
  return [...state.present, ...state.absent];
}

/** Keeps first-seen order of ids: a chip keeps its place when switched between present and absent. */
export function stableOrder(previous: readonly string[], current: readonly string[]): string[] {
  const now = new Set(current);
  const kept = previous.filter((id) => now.has(id));
  const seen = new Set(kept);
  return [...kept, ...current.filter((id) => !seen.has(id))];
}
