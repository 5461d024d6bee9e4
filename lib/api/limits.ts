// Limits applied before a request is read: the body is read as a stream and abandoned at the
// cap (413 without buffering the rest), JSON nesting and array lengths are checked on the raw
// text before JSON.parse builds anything, and query strings are bounded. Pure: no catalog, no
// database, so the proxy and every route can use it.
import { ApiError } from './api-error';

/** What a request may carry; a route may pass tighter or looser values. */
export interface RequestLimits {
  /** Largest body read, in bytes. */
  maxBodyBytes: number;
  /** Deepest nesting of objects and arrays (a flat object is depth 1). */
  maxJsonDepth: number;
  /** Most elements in any one JSON array. */
  maxArrayLength: number;
}

/** Defaults: 100 finding ids need about 4 KiB; CDS Hooks bodies carry small FHIR resources. */
export const DEFAULT_REQUEST_LIMITS: RequestLimits = { maxBodyBytes: 64 * 1024, maxJsonDepth: 20, maxArrayLength: 1000 };

/** Longest query string (after `?`), in bytes, and most parameters, on pages and API alike. */
export const MAX_QUERY_BYTES = 8 * 1024;
export const MAX_QUERY_PARAMS = 256;

function tooLarge(limit: number): ApiError {
  return new ApiError(413, 'payload_too_large', `The request body must be at most ${limit} bytes.`, { limit });
}

/** The body as text, read chunk by chunk and abandoned as soon as it passes `maxBytes`. */
export async function readBodyText(request: Request, maxBytes: number = DEFAULT_REQUEST_LIMITS.maxBodyBytes): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes); // refused before a byte is read
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError(400, 'invalid_json', 'The request body is not valid UTF-8 JSON.');
  }
}

/**
 * Throws a 400 when JSON text nests deeper than `maxDepth` or has an array longer than
 * `maxArrayLength`. One pass over the text, no recursion; malformed JSON is left to JSON.parse.
 */
export function checkJsonShape(text: string, { maxJsonDepth, maxArrayLength }: Pick<RequestLimits, 'maxJsonDepth' | 'maxArrayLength'>): void {
  // For each open container: -1 for an object, else the element count of an array so far.
  const open: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
      continue;
    }
    const top = open.length - 1;
    if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) {
      if (top >= 0 && open[top] === 0) open[top] = 1; // a container is an array's first element
      open.push(ch === 0x7b ? -1 : 0);
      if (open.length > maxJsonDepth) throw new ApiError(400, 'invalid_request', `The request body nests deeper than ${maxJsonDepth} levels.`, { limit: maxJsonDepth });
      continue;
    } else if (ch === 0x7d || ch === 0x5d) open.pop();
    else if (top >= 0 && open[top]! >= 0) {
      if (ch === 0x2c) open[top]!++;
      else if (open[top] === 0 && ch > 0x20) open[top] = 1;
      if (open[top]! > maxArrayLength) {
        throw new ApiError(400, 'invalid_request', `The request body has an array longer than ${maxArrayLength} elements.`, { limit: maxArrayLength });
      }
    }
    if (ch === 0x22 && top >= 0 && open[top] === 0) open[top] = 1; // a string is an array's first element
  }
}

/** The problem with a URL's query string, or null when it is within bounds. */
export function queryProblem(search: string): ApiError | null {
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (new TextEncoder().encode(query).length > MAX_QUERY_BYTES) {
    return new ApiError(414, 'query_too_long', `The query string must be at most ${MAX_QUERY_BYTES} bytes.`, { limit: MAX_QUERY_BYTES });
  }
  const params = query === '' ? 0 : query.split('&').length;
  if (params > MAX_QUERY_PARAMS) {
    return new ApiError(414, 'query_too_long', `The query string must have at most ${MAX_QUERY_PARAMS} parameters.`, { limit: MAX_QUERY_PARAMS });
  }
  return null;
}
