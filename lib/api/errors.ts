// One error shape for every API response: { "error": { "code", "message", "details" } }.
// Everything thrown in a route handler ends up here; unknown errors become a 500 that reveals
// nothing, and nothing from the request is ever logged (a case is patient data).
import { ZodError } from 'zod';
import { CaseInputError } from '../catalog/differential';
import { NO_STORE } from './cache';

export const API_ERROR_CODES = [
  'invalid_json',
  'invalid_request',
  'unknown_finding',
  'payload_too_large',
  'not_found',
  'method_not_allowed',
  'precondition_failed',
  'internal_error',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** The body of every error response. */
export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; details: unknown };
}

/** An error the client caused or can act on, with its HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details: unknown = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A 404 for an id the catalog does not hold. */
export function notFound(what: string, id: string): ApiError {
  return new ApiError(404, 'not_found', `No ${what} with id "${id}".`, { id });
}

function body(status: number, code: ApiErrorCode, message: string, details: unknown, headers: Record<string, string> = {}): Response {
  const payload: ApiErrorBody = { error: { code, message, details } };
  return Response.json(payload, { status, headers: { 'Cache-Control': NO_STORE, ...headers } });
}

/** The error response for anything a route handler threw. */
export function errorResponse(error: unknown): Response {
  if (error instanceof ApiError) return body(error.status, error.code, error.message, error.details, error.headers);
  if (error instanceof ZodError) {
    const issues = error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    const first = issues[0];
    const message = first ? `Invalid request: ${first.path ? `${first.path}: ` : ''}${first.message}` : 'Invalid request.';
    return body(400, 'invalid_request', message, { issues });
  }
  if (error instanceof CaseInputError) {
    const { unknownFindingIds, problems } = error;
    const message =
      unknownFindingIds.length > 0 ? `Unknown finding id(s): ${unknownFindingIds.join(', ')}.` : `Invalid findings: ${problems.join('; ')}.`;
    return body(400, unknownFindingIds.length > 0 ? 'unknown_finding' : 'invalid_request', message, { unknownFindingIds, problems });
  }
  // Log where it failed but not the message: engine messages can quote the entered finding ids.
  const where = error instanceof Error ? (error.stack ?? '').split('\n').slice(1, 6).join('\n') : '';
  console.error(`API internal error (${error instanceof Error ? error.name : typeof error})\n${where}`);
  return body(500, 'internal_error', 'Something went wrong on the server. The request was not stored.', null);
}
