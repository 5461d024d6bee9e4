// The API's error type and codes, free of any catalog or database import so that the request
// limits (lib/api/limits.ts) and the proxy can use them too.
import { NO_STORE } from './cache';

export const API_ERROR_CODES = [
  'invalid_json',
  'invalid_request',
  'unknown_finding',
  'payload_too_large',
  'query_too_long',
  'not_found',
  'method_not_allowed',
  'precondition_failed',
  'service_unavailable',
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

/** A response in the one error shape; never stored by a browser or proxy. */
export function errorBodyResponse(status: number, code: ApiErrorCode, message: string, details: unknown, headers: Record<string, string> = {}): Response {
  const payload: ApiErrorBody = { error: { code, message, details } };
  return Response.json(payload, { status, headers: { 'Cache-Control': NO_STORE, ...headers } });
}
