// Response helpers shared by the route handlers: caching policy, JSON bodies, request parsing.
import type { z } from 'zod';
import { ApiError, errorResponse } from './errors';

export { CATALOG_CACHE, NO_STORE } from './cache';

/** Largest request body read, in bytes: 100 finding ids need far less. */
export const MAX_BODY_BYTES = 64 * 1024;

/** A JSON response with the given Cache-Control. */
export function json(payload: unknown, cacheControl: string, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(payload, { status: init.status ?? 200, headers: { 'Cache-Control': cacheControl, ...init.headers } });
}

/** Runs a handler, turning anything it throws into the one error shape. */
export function apiRoute<Context>(handler: (request: Request, context: Context) => Promise<Response>) {
  return async (request: Request, context: Context): Promise<Response> => {
    try {
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

/** The request's JSON body, which must be an object; 400 on malformed JSON, 413 when larger than `maxBodyBytes`. */
export async function readJsonObject(request: Request, { maxBodyBytes: maxBytes = MAX_BODY_BYTES }: { maxBodyBytes?: number } = {}): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (new TextEncoder().encode(text).length > maxBytes) {
    throw new ApiError(413, 'payload_too_large', `The request body must be at most ${maxBytes} bytes.`);
  }
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

/** `raw` parsed with `schema`; a ZodError (→ 400 with every issue) otherwise. */
export function parseWith<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  return schema.parse(raw);
}

/** The request URL's query parameters. */
export function searchParamsOf(request: Request): URLSearchParams {
  return new URL(request.url).searchParams;
}
