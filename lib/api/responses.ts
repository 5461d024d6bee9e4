// Response helpers shared by the route handlers: caching policy, JSON bodies, request parsing.
import type { z } from 'zod';
import { ApiError, errorResponse } from './errors';
import { DEFAULT_REQUEST_LIMITS, checkJsonShape, queryProblem, readBodyText, type RequestLimits } from './limits';

export { CATALOG_CACHE, NO_STORE } from './cache';
export { DEFAULT_REQUEST_LIMITS, type RequestLimits } from './limits';

/** Largest request body read, in bytes: 100 finding ids need far less. */
export const MAX_BODY_BYTES = DEFAULT_REQUEST_LIMITS.maxBodyBytes;

/** A JSON response with the given Cache-Control. */
export function json(payload: unknown, cacheControl: string, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(payload, { status: init.status ?? 200, headers: { 'Cache-Control': cacheControl, ...init.headers } });
}

/** Runs a handler (after the query-string bound), turning anything it throws into the one error shape. */
export function apiRoute<Context>(handler: (request: Request, context: Context) => Promise<Response>) {
  return async (request: Request, context: Context): Promise<Response> => {
    try {
      const problem = queryProblem(new URL(request.url).search);
      if (problem) throw problem;
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** A handler answering 405 in the error shape, with Allow naming the methods that work. */
export function methodNotAllowed(...allowed: string[]) {
  return async (request: Request): Promise<Response> =>
    errorResponse(
      new ApiError(405, 'method_not_allowed', `${request.method} is not supported here; use ${allowed.join(' or ')}.`, { allowed }, {
        Allow: allowed.join(', '),
      }),
    );
}

/** Largest FHIR body read (a Bundle or a CDS Hooks request with prefetched resources). */
export const MAX_FHIR_BODY_BYTES = 2 * 1024 * 1024;

/**
 * The request's JSON body, which must be an object. Every POST route reads its body through
 * this (or readJsonInput): the body is streamed and cut off at the cap (413), nesting and array
 * lengths are checked before parsing (400), malformed JSON is a 400. `limits` overrides defaults.
 */
export async function readJsonObject(request: Request, limits: Partial<RequestLimits> = {}): Promise<Record<string, unknown>> {
  const { maxBodyBytes, maxJsonDepth, maxArrayLength } = { ...DEFAULT_REQUEST_LIMITS, ...limits };
  const text = await readBodyText(request, maxBodyBytes);
  checkJsonShape(text, { maxJsonDepth, maxArrayLength });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ApiError(400, 'invalid_request', 'The request body must be a JSON object.');
  }
  return parsed as Record<string, unknown>;
}

/** The request's JSON body read within limits (readJsonObject) and parsed with `schema`. */
export async function readJsonInput<S extends z.ZodType>(request: Request, schema: S, limits: Partial<RequestLimits> = {}): Promise<z.output<S>> {
  return schema.parse(await readJsonObject(request, limits));
}

/** The request URL's query parameters; 414 when the query string is over its bounds. */
export function searchParamsOf(request: Request): URLSearchParams {
  const url = new URL(request.url);
  const problem = queryProblem(url.search);
  if (problem) throw problem;
  return url.searchParams;
}
