import { describe, expect, it } from 'vitest';
import * as causeRoute from '@/app/api/causes/[id]/route';
import * as causesRoute from '@/app/api/causes/route';
import * as testRoute from '@/app/api/tests/[id]/route';
import * as testsRoute from '@/app/api/tests/route';
import * as treatmentRoute from '@/app/api/treatments/[id]/route';
import * as treatmentsRoute from '@/app/api/treatments/route';
import type { CauseDetail, CauseSummary, TestDetail, TreatmentDetail } from '@/lib/catalog';
import { call, errorOf, withId } from './call';

const CATALOG_CACHE = /^public, max-age=\d+, stale-while-revalidate=\d+$/;

describe('GET /api/causes', () => {
  it('lists causes, emergencies first', async () => {
    const res = await call<{ causes: CauseSummary[] }>(causesRoute.GET, '/api/causes');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(CATALOG_CACHE);
    const ids = res.body.causes.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['cauda-equina-syndrome', 'lumbar-disc-herniation', 'diabetic-neuropathy']));
    const rank = { emergency: 0, urgent: 1, routine: 2 };
    const ranks = res.body.causes.map((c) => rank[c.urgency]);
    expect(ranks).toEqual([...ranks].sort());
  });

  it.each<[string, (c: CauseSummary) => boolean, string]>([
    ['urgency=emergency', (c) => c.urgency === 'emergency', 'cauda-equina-syndrome'],
    ['category=radicular_compressive', (c) => c.category === 'radicular_compressive', 'lumbar-disc-herniation'],
    ['q=cauda', (c) => /cauda/i.test([c.name, ...c.synonyms].join(' ')), 'cauda-equina-syndrome'],
    ['q=E11', (c) => c.icd10.some((code) => code.startsWith('E11')), 'diabetic-neuropathy'],
  ])('filters by %s', async (query, holds, expectedId) => {
    const res = await call<{ causes: CauseSummary[] }>(causesRoute.GET, `/api/causes?${query}`);
    expect(res.body.causes.every(holds)).toBe(true);
    expect(res.body.causes.map((c) => c.id)).toContain(expectedId);
  });

  it.each(['urgency=soon', 'category=psychic'])('rejects %s with 400', async (query) => {
    const res = await call(causesRoute.GET, `/api/causes?${query}`);
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe('invalid_request');
  });
});

describe('GET /api/causes/ID', () => {
  it('returns everything the cause page shows', async () => {
    const res = await call<{ cause: CauseDetail }>(causeRoute.GET, '/api/causes/cauda-equina-syndrome', { context: withId('cauda-equina-syndrome') });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(CATALOG_CACHE);
    const { cause } = res.body;
    expect(cause).toMatchObject({
      id: 'cauda-equina-syndrome',
      urgency: 'emergency',
      cantMiss: true,
      summary: expect.any(String),
      keyFeatures: expect.any(Array),
      distinguishing: expect.any(Array),
      pitfalls: expect.any(Array),
      prognosis: expect.any(String),
      reversibility: expect.any(String),
      prevention: expect.any(Array),
      lastReviewed: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(cause.codes.some((c) => c.code === 'G83.4')).toBe(true);
    expect(cause.findings.find((f) => f.findingId === 'saddle-anaesthesia')).toMatchObject({
      probability: expect.any(Number),
      evidence: expect.stringMatching(/^(published|estimate)$/),
    });
    const p = cause.findings.map((f) => f.probability);
    expect(p).toEqual([...p].sort((a, b) => b - a));
    expect(cause.tests.find((t) => t.testId === 'mri-lumbar-spine')).toMatchObject({ role: expect.any(String), supportingResult: expect.any(String) });
    const lines = cause.treatments.flatMap((group) => group.entries.map((e) => e.treatmentId));
    expect(lines).toContain('emergency-decompression');
    expect(cause.references.length).toBeGreaterThan(0);
  });

  it('answers 404 for an unknown cause', async () => {
    const res = await call(causeRoute.GET, '/api/causes/hysteria', { context: withId('hysteria') });
    expect(res.status).toBe(404);
    expect(errorOf(res)).toMatchObject({ code: 'not_found', details: { id: 'hysteria' } });
  });
});

describe('GET /api/tests and /api/tests/ID', () => {
  it('lists tests by name', async () => {
    const res = await call<{ tests: { id: string; name: string }[] }>(testsRoute.GET, '/api/tests');
    expect(res.headers.get('cache-control')).toMatch(CATALOG_CACHE);
    expect(res.body.tests.map((t) => t.id)).toEqual(expect.arrayContaining(['mri-lumbar-spine', 'hba1c']));
  });

  it('returns a test with thresholds and the causes it helps with', async () => {
    const res = await call<{ test: TestDetail }>(testRoute.GET, '/api/tests/hba1c', { context: withId('hba1c') });
    expect(res.status).toBe(200);
    expect(res.body.test.thresholds.length).toBeGreaterThan(0);
    expect(res.body.test.codes.some((c) => c.system === 'http://loinc.org')).toBe(true);
    expect(res.body.test.causes.map((c) => c.causeId)).toContain('diabetic-neuropathy');
    const mri = await call<{ test: TestDetail }>(testRoute.GET, '/api/tests/mri-lumbar-spine', { context: withId('mri-lumbar-spine') });
    expect(mri.body.test.causes.map((c) => c.causeId)).toEqual(expect.arrayContaining(['cauda-equina-syndrome', 'lumbar-disc-herniation']));
  });

  it('answers 404 for an unknown test', async () => {
    const res = await call(testRoute.GET, '/api/tests/x-ray-vision', { context: withId('x-ray-vision') });
    expect(res.status).toBe(404);
  });
});

describe('GET /api/treatments and /api/treatments/ID', () => {
  it('lists treatments by name', async () => {
    const res = await call<{ treatments: { id: string }[] }>(treatmentsRoute.GET, '/api/treatments');
    expect(res.body.treatments.map((t) => t.id)).toEqual(expect.arrayContaining(['physiotherapy-core', 'emergency-decompression']));
  });

  it('returns a treatment with its causes, line and dose', async () => {
    const res = await call<{ treatment: TreatmentDetail }>(treatmentRoute.GET, '/api/treatments/emergency-decompression', {
      context: withId('emergency-decompression'),
    });
    expect(res.status).toBe(200);
    expect(res.body.treatment.causes.find((c) => c.causeId === 'cauda-equina-syndrome')).toMatchObject({
      line: expect.stringMatching(/^(emergency|first|second|third|adjunct)$/),
      evidenceLevel: expect.any(String),
      dose: expect.toSatisfy((d: unknown) => d === null || typeof d === 'string'),
    });
  });

  it('answers 404 for an unknown treatment', async () => {
    const res = await call(treatmentRoute.GET, '/api/treatments/leeches', { context: withId('leeches') });
    expect(res.status).toBe(404);
  });
});

describe('catalog endpoints refuse writes', () => {
  const routes = { causesRoute, causeRoute, testsRoute, testRoute, treatmentsRoute, treatmentRoute };
  it.each(Object.keys(routes))('%s answers POST, PUT, PATCH and DELETE with 405', async (name) => {
    const routeModule = routes[name as keyof typeof routes];
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const res = await call(routeModule[method], '/api/x', { method });
      expect(res.status).toBe(405);
      expect(errorOf(res).code).toBe('method_not_allowed');
    }
  });
});
