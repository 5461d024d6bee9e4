// Calls route handlers directly, as Next.js would, and reads the response.

// `never` accepts a handler of any context type; the caller supplies the matching context.
type Handler = (request: Request, context: never) => Promise<Response>;

export interface Called<T> {
  status: number;
  headers: Headers;
  body: T;
}

/** An absolute URL for a path, as Next.js hands route handlers. */
export const url = (path: string) => `http://localhost${path}`;

/** Context for a dynamic [id] route. */
export const withId = (id: string) => ({ params: Promise.resolve({ id }) });

/** Calls `handler` with a request for `path` and parses the JSON body. */
export async function call<T = Record<string, unknown>>(
  handler: Handler,
  path: string,
  init: RequestInit & { context?: unknown } = {},
): Promise<Called<T>> {
  const { context, ...requestInit } = init;
  const response = await handler(new Request(url(path), requestInit), context as never);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : null) as T };
}

/** POSTs a JSON body (a string is sent as it is, for malformed-JSON tests). */
export function post<T = Record<string, unknown>>(handler: Handler, path: string, body: unknown): Promise<Called<T>> {
  return call<T>(handler, path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The error body every failing endpoint returns. */
export interface ErrorBody {
  error: { code: string; message: string; details: unknown };
}

/** Asserts nothing; returns the error body's parts for expectations. */
export const errorOf = (called: Called<unknown>) => (called.body as ErrorBody).error;
