// The workspace's side of the case URL (lib/case-url.ts is the codec): links to the workspace and
// the print view, the query of the differential API and the FHIR download, and reading back a link
// the workspace wrote (history traversal, the last case). No zod: this runs in the browser.
import { caseFromRaw, caseQueryString, readCaseParams, readLegParams } from '../case-url';
import type { TDifferentialCase } from '../schemas/api';
import type { CaseState } from './case-state';
import { pruneLegMarks } from './leg-marks';

/** How many causes the workspace asks for: all of them (the API maximum); the list shows ten, the rest on request. */
export const WORKSPACE_CAUSE_LIMIT = 100;

/** Reads back a URL the workspace wrote (history traversal); the server validates with the API schema. */
export function caseFromUrlSearch(search: string): CaseState {
  const params = new URLSearchParams(search);
  return pruneLegMarks({ ...caseFromRaw(readCaseParams(params)), legs: readLegParams(params) });
}

/** The case as the engine takes it (what differentialQuery encodes), for ranking in the browser. */
export function differentialCase(state: CaseState, limit: number): TDifferentialCase {
  const input: TDifferentialCase = { present: state.present, absent: state.absent, limit };
  if (state.age !== undefined) input.age = state.age;
  if (state.sex) input.sex = state.sex;
  if (state.setting) input.setting = state.setting;
  return input;
}

/** Query string (without "?") for the differential API and the FHIR download. */
export function differentialQuery(state: CaseState, limit?: number): string {
  return caseQueryString({ ...state, legs: [], limit });
}

/** The workspace URL for a case ("/" when empty); `path` lets the print view share it. */
export function caseUrl(state: CaseState, path = '/'): string {
  const query = caseQueryString(state);
  return query ? `${path}?${query}` : path;
}
