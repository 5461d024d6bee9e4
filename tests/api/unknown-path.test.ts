import { readdirSync } from 'node:fs';
import path from 'node:path';
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

  it('names every API endpoint folder, so a new endpoint is not missing from the hint', async () => {
    const folders = readdirSync(path.resolve(import.meta.dirname, '../../app/api'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('['))
      .map((entry) => `/api/${entry.name}`);
    const message = errorOf(await call(unknownRoute.GET, '/api/no-such-endpoint')).message;
    expect(folders.length).toBeGreaterThan(5);
    for (const folder of folders) expect(message).toMatch(new RegExp(`${folder}\\b`));
  });
});
