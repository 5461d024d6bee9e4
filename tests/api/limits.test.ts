// Request limits: bodies read as a stream and cut off at the cap, JSON shape checked before
// parsing, query strings bounded; all in the one error shape.
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/api-error';
import { MAX_QUERY_BYTES, MAX_QUERY_PARAMS, checkJsonShape, queryProblem, readBodyText } from '@/lib/api/limits';
import { apiRoute, readJsonObject } from '@/lib/api/responses';

/** A POST whose body is `chunks` streamed one by one; `pulled` counts the chunks read. */
function streamed(chunks: string[], headers: Record<string, string> = {}) {
  const state = { pulled: 0 };
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[state.pulled++];
      if (next === undefined) controller.close();
      else controller.enqueue(encoder.encode(next));
    },
  });
  const request = new Request('http://x/api/differential', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
  return { request, state };
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('readBodyText', () => {
  it('reads a body within the cap', async () => {
    expect(await readBodyText(streamed(['{"present":', '["a"]}']).request, 100)).toBe('{"present":["a"]}');
  });

  it('stops reading at the cap: 413 without pulling the rest of the stream', async () => {
    const { request, state } = streamed(Array.from({ length: 1000 }, () => 'x'.repeat(1024)));
    const error = await rejection(readBodyText(request, 4 * 1024));
    expect([error.status, error.code]).toEqual([413, 'payload_too_large']);
    expect(state.pulled).toBeLessThan(10);
  });

  it('refuses a declared Content-Length over the cap before reading anything', async () => {
    const { request, state } = streamed(Array.from({ length: 100 }, () => 'x'.repeat(1024)), { 'content-length': String(100 * 1024) });
    expect((await rejection(readBodyText(request, 1024))).status).toBe(413);
    expect(state.pulled).toBeLessThanOrEqual(1); // a ReadableStream pre-pulls one chunk on creation
  });

  it('answers 400 for bytes that are not UTF-8', async () => {
    const request = new Request('http://x/', { method: 'POST', body: new Uint8Array([0x7b, 0xff, 0x7d]) });
    expect((await rejection(readBodyText(request))).code).toBe('invalid_json');
  });
});

describe('checkJsonShape', () => {
  const limits = { maxJsonDepth: 3, maxArrayLength: 3 };
  it.each([
    ['{}', true],
    ['{"a":{"b":[1]}}', true],
    ['{"a":{"b":[[1]]}}', false],
    ['[1,2,3]', true],
    ['[1,2,3,4]', false],
    ['["a,b,c,d,e"]', true],
    ['["\\"[[[[", 2]', true],
    ['[{},{},{}]', true],
    ['[{},{},{},{}]', false],
    ['{"a":[ ], "b":[1, 2, 3]}', true],
  ])('%s within depth 3 and 3 elements: %s', (text, ok) => {
    const run = () => checkJsonShape(text, limits);
    if (ok) expect(run).not.toThrow();
    else expect(run).toThrow(ApiError);
  });

  it('checks a deeply nested body without recursion', () => {
    expect(() => checkJsonShape('['.repeat(60_000), { maxJsonDepth: 20, maxArrayLength: 1000 })).toThrow(/deeper than 20/);
  });
});

describe('readJsonObject', () => {
  it('applies the JSON shape limits with the one error code', async () => {
    const deep = streamed([`{"a":${'['.repeat(30)}${']'.repeat(30)}}`]).request;
    expect((await rejection(readJsonObject(deep))).code).toBe('invalid_request');
    const long = streamed([JSON.stringify({ present: Array.from({ length: 2000 }, (_, i) => `f${i}`) })]).request;
    expect((await rejection(readJsonObject(long))).message).toMatch(/array longer than 1000/);
  });
});

describe('query bounds', () => {
  it('accepts a long but reasonable case URL and refuses oversized ones', () => {
    const hundredIds = Array.from({ length: 100 }, (_, i) => `finding-id-with-a-long-name-${i}`).join(',');
    expect(queryProblem(`?present=${encodeURIComponent(hundredIds)}`)).toBeNull();
    expect(queryProblem(`?q=${'x'.repeat(MAX_QUERY_BYTES)}`)?.status).toBe(414);
    expect(queryProblem('?' + Array.from({ length: MAX_QUERY_PARAMS + 1 }, (_, i) => `p${i}=1`).join('&'))?.code).toBe('query_too_long');
  });

  it('apiRoute answers 414 in the error shape before the handler runs', async () => {
    let ran = false;
    const handler = apiRoute(async () => {
      ran = true;
      return new Response('ok');
    });
    const response = await handler(new Request(`http://x/api/findings?q=${'x'.repeat(MAX_QUERY_BYTES + 1)}`), {});
    expect(response.status).toBe(414);
    expect((await response.json()).error.code).toBe('query_too_long');
    expect(ran).toBe(false);
  });
});
