// The one codec of the case in a URL: the query of GET /api/differential and of the workspace
// (present, absent, age, sex, setting, limit, plus `legs` for the leg-picture marks). Universal and
// zod-free, so the browser bundle carries no zod: the server checks what it reads with
// zDifferentialInput (lib/schemas/api.ts); the browser only re-reads links it wrote (caseFromRaw).
import { CARE_SETTINGS, SEXES, type CareSetting, type Sex } from './vocabulary';

/** Query parameters as URLSearchParams or as Next's `searchParams` object. */
export type SearchParamsLike = URLSearchParams | Record<string, string | string[] | undefined>;

/** The case as a URL spells it: lists split, scalars trimmed, a number where one was written; nothing checked. */
export interface RawCase {
  present?: string[];
  absent?: string[];
  age?: number | string;
  sex?: string;
  setting?: string;
  limit?: number | string;
}

/** The case as a URL writes it (the workspace's CaseState fits, and so does the API's parsed case). */
export interface CaseParams {
  present: readonly string[];
  absent: readonly string[];
  age?: number;
  sex?: Sex;
  setting?: CareSetting;
  limit?: number;
  /** Leg-picture marks; only the workspace URL carries them. */
  legs?: readonly string[];
}

function valuesOf(params: SearchParamsLike, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const value = params[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** A list parameter: repeated (present=a&present=b) or comma-separated (present=a,b); blanks dropped; undefined when absent. */
export function listParam(params: SearchParamsLike, key: string): string[] | undefined {
  const values = valuesOf(params, key);
  if (values.length === 0) return undefined;
  return values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

/** A single parameter (the last one written); a number when it reads as one, so a schema can say "expected number" otherwise. */
export function scalarParam(params: SearchParamsLike, key: string, numeric = false): string | number | undefined {
  const values = valuesOf(params, key);
  const value = values[values.length - 1]?.trim();
  if (value === undefined || value === '') return undefined;
  if (!numeric) return value;
  return /^[+-]?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}

/** `raw` without its undefined fields, so a strict schema sees only what was written. */
export function withoutUndefined<T extends object>(raw: T): T {
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as T;
}

/** The case in URL parameters, unchecked; parameters other than the case's are ignored. */
export function readCaseParams(params: SearchParamsLike): RawCase {
  return withoutUndefined({
    present: listParam(params, 'present'),
    absent: listParam(params, 'absent'),
    age: scalarParam(params, 'age', true),
    sex: scalarParam(params, 'sex') as string | undefined,
    setting: scalarParam(params, 'setting') as string | undefined,
    limit: scalarParam(params, 'limit', true),
  });
}

/** A link that repeats an id means it once. */
export const once = (ids: readonly string[]): string[] => [...new Set(ids)];

/** The leg-picture marks in the URL, each once (the workspace prunes them against the case). */
export function readLegParams(params: SearchParamsLike): string[] {
  return once(listParam(params, 'legs') ?? []);
}

/**
 * The case of a raw URL read without a schema, for the browser: ids once each, and age, sex and
 * setting kept only when valid (the workspace wrote the link; anything else is dropped, not reported).
 */
export function caseFromRaw(raw: RawCase): Omit<CaseParams, 'limit' | 'legs'> & { present: string[]; absent: string[] } {
  const read: ReturnType<typeof caseFromRaw> = { present: once(raw.present ?? []), absent: once(raw.absent ?? []) };
  if (typeof raw.age === 'number' && Number.isInteger(raw.age) && raw.age >= 0 && raw.age <= 120) read.age = raw.age;
  if ((SEXES as readonly unknown[]).includes(raw.sex)) read.sex = raw.sex as Sex;
  if ((CARE_SETTINGS as readonly unknown[]).includes(raw.setting)) read.setting = raw.setting as CareSetting;
  return read;
}

/** URL parameters for a case (empty parts left out; `limit` and `legs` only when given). */
export function writeCaseParams(c: CaseParams): URLSearchParams {
  const params = new URLSearchParams();
  if (c.present.length) params.set('present', c.present.join(','));
  if (c.absent.length) params.set('absent', c.absent.join(','));
  if (c.age !== undefined) params.set('age', String(c.age));
  if (c.sex) params.set('sex', c.sex);
  if (c.setting) params.set('setting', c.setting);
  if (c.limit !== undefined) params.set('limit', String(c.limit));
  if (c.legs?.length) params.set('legs', c.legs.join(','));
  return params;
}

/** The query string (without "?") of a case; commas read better than %2C in a link pasted into a note. */
export function caseQueryString(c: CaseParams): string {
  return writeCaseParams(c).toString().replace(/%2C/gi, ',');
}
