// The API's inputs, one zod schema each, shared by the route handlers and the UI (the workspace
// URL carries the same present/absent/age/sex parameters as GET /api/differential).
import { z } from 'zod';
import { CARE_SETTINGS, CAUSE_CATEGORIES, URGENCIES } from './catalog';

/** At most this many findings (present + absent) in one case. */
export const MAX_CASE_FINDINGS = 100;
/** Causes returned by default, and at most. */
export const DEFAULT_CAUSE_LIMIT = 10;
export const MAX_CAUSE_LIMIT = 100;
/** Search hits returned by default, and at most. */
export const DEFAULT_SEARCH_LIMIT = 10;
export const MAX_SEARCH_LIMIT = 50;

// Whether an id exists is the engine's question (findCaseInputProblems); here only its form.
const zFindingId = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

export const zDifferentialInput = z
  .object({
    present: z.array(zFindingId).default([]),
    absent: z.array(zFindingId).default([]),
    age: z.number().int('must be a whole number of years').min(0, 'must be at least 0').max(120, 'must be at most 120').optional(),
    sex: z.enum(['female', 'male']).optional(),
    /** Where the patient presents: primary_care (default), emergency or neurology; it sets the priors. */
    setting: z.enum(CARE_SETTINGS).optional(),
    limit: z.number().int().min(1).max(MAX_CAUSE_LIMIT).default(DEFAULT_CAUSE_LIMIT),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.present.length + input.absent.length > MAX_CASE_FINDINGS) {
      ctx.addIssue({ code: 'custom', path: [], message: `at most ${MAX_CASE_FINDINGS} findings in total (present + absent)` });
    }
    const present = new Set(input.present);
    input.absent.forEach((id, i) => {
      if (present.has(id)) ctx.addIssue({ code: 'custom', path: ['absent', i], message: `"${id}" is also entered as present` });
    });
  });
/** A case as the API accepts it (fields optional, defaults applied on parsing). */
export type TDifferentialInput = z.input<typeof zDifferentialInput>;
/** A parsed case: lists present, limit set. */
export type TDifferentialCase = z.output<typeof zDifferentialInput>;

export const zFindingSearchQuery = z
  .object({
    q: z.string().trim().max(200, 'must be at most 200 characters').optional(),
    limit: z.number().int().min(1).max(MAX_SEARCH_LIMIT).default(DEFAULT_SEARCH_LIMIT),
  })
  .strict();
export type TFindingSearchQuery = z.output<typeof zFindingSearchQuery>;

export const zCauseListQuery = z
  .object({
    category: z.enum(CAUSE_CATEGORIES).optional(),
    urgency: z.enum(URGENCIES).optional(),
    q: z.string().trim().max(200, 'must be at most 200 characters').optional(),
  })
  .strict();
export type TCauseListQuery = z.output<typeof zCauseListQuery>;

type SearchParamsLike = URLSearchParams | Record<string, string | string[] | undefined>;

function valuesOf(params: SearchParamsLike, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const value = params[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** A list parameter: repeated (present=a&present=b) or comma-separated (present=a,b); blanks dropped. */
function listParam(params: SearchParamsLike, key: string): string[] | undefined {
  const values = valuesOf(params, key);
  if (values.length === 0) return undefined;
  return values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

/** A single parameter; a number when it reads as one, so the schema reports "expected number" otherwise. */
function scalarParam(params: SearchParamsLike, key: string, numeric = false): string | number | undefined {
  const values = valuesOf(params, key);
  const value = values[values.length - 1]?.trim();
  if (value === undefined || value === '') return undefined;
  if (!numeric) return value;
  return /^[+-]?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}

function withoutUndefined(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
}

/** The raw case in URL parameters (present, absent, age, sex, setting, limit), ready for zDifferentialInput; other parameters are ignored. */
export function differentialInputFromSearchParams(params: SearchParamsLike): Record<string, unknown> {
  return withoutUndefined({
    present: listParam(params, 'present'),
    absent: listParam(params, 'absent'),
    age: scalarParam(params, 'age', true),
    sex: scalarParam(params, 'sex'),
    setting: scalarParam(params, 'setting'),
    limit: scalarParam(params, 'limit', true),
  });
}

/** Parses the case in URL parameters (the workspace URL and GET /api/differential). */
export function parseDifferentialSearchParams(params: SearchParamsLike) {
  return zDifferentialInput.safeParse(differentialInputFromSearchParams(params));
}

/** URL parameters for a case, the inverse of parseDifferentialSearchParams (empty parts and the default limit left out). */
export function differentialSearchParams(input: TDifferentialInput): URLSearchParams {
  const params = new URLSearchParams();
  if (input.present?.length) params.set('present', input.present.join(','));
  if (input.absent?.length) params.set('absent', input.absent.join(','));
  if (input.age !== undefined) params.set('age', String(input.age));
  if (input.sex) params.set('sex', input.sex);
  if (input.setting) params.set('setting', input.setting);
  if (input.limit !== undefined && input.limit !== DEFAULT_CAUSE_LIMIT) params.set('limit', String(input.limit));
  return params;
}

/** The raw finding search in URL parameters (q, limit), ready for zFindingSearchQuery. */
export function findingSearchFromSearchParams(params: SearchParamsLike): Record<string, unknown> {
  return withoutUndefined({ q: scalarParam(params, 'q'), limit: scalarParam(params, 'limit', true) });
}

/** The raw cause-list filter in URL parameters (category, urgency, q), ready for zCauseListQuery. */
export function causeListFromSearchParams(params: SearchParamsLike): Record<string, unknown> {
  return withoutUndefined({ category: scalarParam(params, 'category'), urgency: scalarParam(params, 'urgency'), q: scalarParam(params, 'q') });
}
