import { describe, expect, it } from 'vitest';
import * as route from '@/app/api/differential/fhir/route';
import type { Bundle, Condition, ServiceRequest } from '@/lib/fhir/types';
import { zBundle } from '../fhir/r4-schema';
import { call, errorOf, url } from './call';

const query = 'present=saddle-anaesthesia,urinary-retention,back-pain&absent=slr-positive&age=50&sex=male';

describe('GET /api/differential/fhir', () => {
  it('downloads a valid FHIR R4 collection bundle of the differential', async () => {
    const response = await route.GET(new Request(url(`/api/differential/fhir?${query}`)), undefined);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="numbdx-differential.json"');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const bundle = (await response.json()) as Bundle;
    const parsed = zBundle.safeParse(bundle);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    const types = bundle.entry.map((e) => e.resource.resourceType);
    expect(types[0]).toBe('ClinicalImpression');
    // Four entered findings and the age.
    expect(types.filter((t) => t === 'Observation')).toHaveLength(5);
    expect(types.filter((t) => t === 'Patient')).toHaveLength(1);
    const conditions = bundle.entry.map((e) => e.resource).filter((r): r is Condition => r.resourceType === 'Condition');
    const cauda = conditions.find((c) => c.code?.coding?.some((x) => x.code === 'G83.4'));
    expect(cauda?.verificationStatus?.coding?.[0]?.code).toBe('differential');
    const requests = bundle.entry.map((e) => e.resource).filter((r): r is ServiceRequest => r.resourceType === 'ServiceRequest');
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((r) => r.status === 'draft' && r.intent === 'proposal')).toBe(true);
  });

  it('gives every resource a fresh id on each export', async () => {
    const ids = async () => ((await (await route.GET(new Request(url(`/api/differential/fhir?${query}`)), undefined)).json()) as Bundle).entry.map((e) => e.fullUrl);
    const [a, b] = await Promise.all([ids(), ids()]);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
  });

  it('rejects bad input with the same JSON error shape as the other endpoints', async () => {
    const res = await call(route.GET, '/api/differential/fhir?present=no-such-finding');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(errorOf(res)).toMatchObject({ code: 'unknown_finding', details: { unknownFindingIds: ['no-such-finding'] } });
    expect((await call(route.GET, '/api/differential/fhir?age=130')).status).toBe(400);
  });

  it('answers PUT and DELETE with 405 naming GET and POST', async () => {
    const res = await call(route.PUT, '/api/differential/fhir', { method: 'PUT' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, POST');
    expect((await call(route.DELETE, '/api/differential/fhir', { method: 'DELETE' })).status).toBe(405);
  });
});
