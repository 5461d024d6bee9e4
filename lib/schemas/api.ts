// The API's inputs, one zod schema each, shared by the route handlers and the server pages. The
// case's URL form is read and written by lib/case-url.ts; zDifferentialInput checks what it read.
import { z } from 'zod';
import { scalarParam, withoutUndefined, type SearchParamsLike } from '../case-url';
import { SEXES } from '../vocabulary';
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
    sex: z.enum(SEXES).optional(),
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

/** The raw finding search in URL parameters (q, limit), ready for zFindingSearchQuery. */
export function findingSearchFromSearchParams(params: SearchParamsLike): Record<string, unknown> {
  return withoutUndefined({ q: scalarParam(params, 'q'), limit: scalarParam(params, 'limit', true) });
}

/** The raw cause-list filter in URL parameters (category, urgency, q), ready for zCauseListQuery. */
export function causeListFromSearchParams(params: SearchParamsLike): Record<string, unknown> {
  return withoutUndefined({ category: scalarParam(params, 'category'), urgency: scalarParam(params, 'urgency'), q: scalarParam(params, 'q') });
}
