// An unexpected failure must answer 500 in the error shape, reveal nothing, and log nothing the
// clinician entered (the engine's own messages quote finding ids).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { call, errorOf, post } from './call';

vi.mock('@/lib/catalog', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/catalog')>()),
  getDifferential: vi.fn(async (input: { present?: string[] }) => {
    throw new Error(`engine blew up on ${input.present?.join(',')}`);
  }),
  listTests: vi.fn(async () => {
    throw new TypeError('cannot read the database');
  }),
}));

const { GET, POST } = await import('@/app/api/differential/route');
const tests = await import('@/app/api/tests/route');

describe('an unexpected error', () => {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  afterEach(() => logged.mockClear());

  it('answers 500 with the error shape and no internals', async () => {
    const res = await post(POST, '/api/differential', { present: ['saddle-anaesthesia'] });
    expect(res.status).toBe(500);
    expect(errorOf(res)).toEqual({ code: 'internal_error', message: expect.any(String), details: null });
    expect(JSON.stringify(res.body)).not.toMatch(/engine blew up|saddle/);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });

  it('logs where it failed but nothing from the request', async () => {
    await call(GET, '/api/differential?present=saddle-anaesthesia,urinary-retention');
    expect(logged).toHaveBeenCalled();
    const text = logged.mock.calls.flat().join(' ');
    expect(text).toContain('Error');
    expect(text).not.toMatch(/saddle|urinary/);
  });

  it('is handled the same way on catalog reads', async () => {
    const res = await call(tests.GET, '/api/tests');
    expect(res.status).toBe(500);
    expect(errorOf(res).code).toBe('internal_error');
  });
});
