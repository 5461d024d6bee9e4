import { compareLabels } from '@/lib/search/normalise';
import { describe, expect, it } from 'vitest';
import * as findingRoute from '@/app/api/findings/[id]/route';
import * as findingsRoute from '@/app/api/findings/route';
import { call, errorOf, withId } from './call';

interface FindingItem {
  id: string;
  label: string;
  synonyms: string[];
  kind: string;
  codes: { system: string; code: string; display: string }[];
}

describe('GET /api/findings', () => {
  it('lists every finding by label without q, as catalog-cacheable JSON', async () => {
    const res = await call<{ findings: FindingItem[] }>(findingsRoute.GET, '/api/findings');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    const labels = res.body.findings.map((f) => f.label);
    expect(labels).toEqual([...labels].sort(compareLabels));
    expect(res.body.findings.find((f) => f.id === 'slr-positive')).toEqual({
      id: 'slr-positive',
      label: expect.any(String),
      synonyms: expect.any(Array),
      kind: 'sign',
      codes: expect.any(Array),
    });
  });

  it.each([
    ['saddle', 'saddle-anaesthesia'],
    ['straight leg raise', 'slr-positive'],
    ['SADDLE ANESTHESIA', 'saddle-anaesthesia'],
    ['urinary retenton', 'urinary-retention'],
  ])('finds "%s" → %s first', async (q, id) => {
    const res = await call<{ findings: (FindingItem & { match: string })[] }>(findingsRoute.GET, `/api/findings?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    expect(res.body.findings[0]?.id).toBe(id);
  });

  it('applies limit (default 10) to search results', async () => {
    const all = await call<{ findings: FindingItem[] }>(findingsRoute.GET, '/api/findings');
    const one = await call<{ findings: FindingItem[] }>(findingsRoute.GET, '/api/findings?q=pain&limit=1');
    expect(one.body.findings).toHaveLength(1);
    const dflt = await call<{ findings: FindingItem[] }>(findingsRoute.GET, '/api/findings?q=a');
    expect(dflt.body.findings.length).toBeLessThanOrEqual(Math.min(10, all.body.findings.length));
  });

  it('answers an empty list for a query nothing matches', async () => {
    const res = await call<{ findings: FindingItem[] }>(findingsRoute.GET, '/api/findings?q=zzzzzz');
    expect(res.body).toEqual({ findings: [], nearestOnly: false });
  });

  it.each(['limit=0', 'limit=51', 'limit=abc', 'limit=2.5', `q=${'x'.repeat(201)}`])('rejects %s with 400', async (query) => {
    const res = await call(findingsRoute.GET, `/api/findings?${query}`);
    expect(res.status).toBe(400);
    expect(errorOf(res)).toMatchObject({ code: 'invalid_request', message: expect.any(String), details: { issues: expect.any(Array) } });
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'] as const)('answers %s with 405 in the error shape', async (method) => {
    const res = await call(findingsRoute[method], '/api/findings', { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
    expect(errorOf(res).code).toBe('method_not_allowed');
  });
});

describe('GET /api/findings/ID', () => {
  it('returns the finding with the causes it points to, highest likelihood ratio first', async () => {
    const res = await call<{ finding: FindingItem & { causes: { causeId: string; likelihoodRatio: number; probability: number; evidence: string }[] } }>(
      findingRoute.GET,
      '/api/findings/saddle-anaesthesia',
      { context: withId('saddle-anaesthesia') },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/^public/);
    const { causes } = res.body.finding;
    // Cauda equina and conus lesions lead; which is first depends on their catalog figures.
    expect(causes.slice(0, 3).map((c) => c.causeId)).toContain('cauda-equina-syndrome');
    expect(causes.map((c) => c.likelihoodRatio)).toEqual([...causes.map((c) => c.likelihoodRatio)].sort((a, b) => b - a));
    expect(causes[0]).toMatchObject({ probability: expect.any(Number), evidence: expect.stringMatching(/^(published|estimate)$/) });
  });

  it('answers 404 for an unknown id', async () => {
    const res = await call(findingRoute.GET, '/api/findings/no-such-finding', { context: withId('no-such-finding') });
    expect(res.status).toBe(404);
    expect(errorOf(res)).toEqual({ code: 'not_found', message: 'No finding with id "no-such-finding".', details: { id: 'no-such-finding' } });
  });

  it('answers DELETE with 405', async () => {
    const res = await call(findingRoute.DELETE, '/api/findings/slr-positive', { method: 'DELETE' });
    expect(res.status).toBe(405);
  });
});
