// One error shape for every API response: { "error": { "code", "message", "details" } }.
// Everything thrown in a route handler ends up here; unknown errors become a 500 that reveals
// nothing, and nothing from the request is ever logged (a case is patient data).
import { ZodError } from 'zod';
import { CaseInputError } from '../catalog/differential';
import { ApiError, errorBodyResponse } from './api-error';

export { API_ERROR_CODES, ApiError, type ApiErrorBody, type ApiErrorCode } from './api-error';

/** A 404 for an id the catalog does not hold. */
export function notFound(what: string, id: string): ApiError {
  return new ApiError(404, 'not_found', `No ${what} with id "${id}".`, { id });
}

const body = errorBodyResponse;

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
