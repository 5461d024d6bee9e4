// The case in the URL: the present/absent/age/sex parameters of GET /api/differential, plus
// `legs` for the marks on the leg picture. The server reads a URL with the API's zod schema
// (app/page.tsx); this file only writes URLs and re-reads ones the workspace wrote itself, so
// the browser bundle carries no zod.
import type { TDifferentialCase } from '../schemas/api';
import type { CareSetting, CaseState, Sex } from './case-state';
import { parseMark, pruneLegMarks } from './leg-marks';

type SearchParamsLike = URLSearchParams | Record<string, string | string[] | undefined>;

/** How many causes the workspace asks for: all of them (the API maximum); the list shows ten, the rest on request. */
export const WORKSPACE_CAUSE_LIMIT = 100;

function listOf(params: SearchParamsLike, key: string): string[] {
  const raw = params instanceof URLSearchParams ? params.getAll(key) : [params[key] ?? []].flat();
  // A link that repeats an id means it once.
  return [...new Set(raw.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== ''))];
}

/** Valid leg marks in the `legs` parameter, without repeats. */
export function legMarksFrom(params: SearchParamsLike): string[] {
  return listOf(params, 'legs').filter((m) => parseMark(m) !== undefined);
}

/** Reads back a URL the workspace wrote (history traversal); the server validates with the API schema. */
export function caseFromUrlSearch(search: string): CaseState {
  const params = new URLSearchParams(search);
  const state: CaseState = { present: listOf(params, 'present'), absent: listOf(params, 'absent'), legs: legMarksFrom(params) };
  const age = Number(params.get('age'));
  if (params.get('age') && Number.isInteger(age) && age >= 0 && age <= 120) state.age = age;
  const sex = params.get('sex');
  if (sex === 'female' || sex === 'male') state.sex = sex as Sex;
  const setting = params.get('setting');
  if (setting === 'primary_care' || setting === 'emergency' || setting === 'neurology') state.setting = setting as CareSetting;
  return pruneLegMarks(state);
}

/** Commas read better than %2C in a link a clinician may paste into a note. */
function readable(params: URLSearchParams): string {
  return params.toString().replace(/%2C/gi, ',');
}

function caseParams(state: CaseState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.present.length) params.set('present', state.present.join(','));
  if (state.absent.length) params.set('absent', state.absent.join(','));
  if (state.age !== undefined) params.set('age', String(state.age));
  if (state.sex) params.set('sex', state.sex);
  if (state.setting) params.set('setting', state.setting);
  return params;
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
  const params = caseParams(state);
  if (limit !== undefined) params.set('limit', String(limit));
  return readable(params);
}

/** The workspace URL for a case ("/" when empty); `path` lets the print view share it. */
export function caseUrl(state: CaseState, path = '/'): string {
  const params = caseParams(state);
  if (state.legs.length > 0) params.set('legs', state.legs.join(','));
  const query = readable(params);
  return query ? `${path}?${query}` : path;
}
