import { describe, expect, it } from 'vitest';
import * as unknownRoute from '@/app/api/[...path]/route';
import { call, errorOf } from './call';

describe('an /api path no route serves', () => {
  it.each(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const)('answers %s with a 404 in the one error shape', async (method) => {
    const res = await call(unknownRoute[method], '/api/no-such-endpoint', { method });
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(errorOf(res)).toMatchObject({ code: 'not_found', details: { path: '/api/no-such-endpoint' } });
  });
});
