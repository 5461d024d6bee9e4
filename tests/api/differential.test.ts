import { describe, expect, it } from 'vitest';
import * as route from '@/app/api/differential/route';
import type { DifferentialResponse } from '@/lib/catalog';
import { call, errorOf, post } from './call';

// Sciatica with saddle anaesthesia and retention: without the sciatica a conus lesion leads.
const cauda = { present: ['saddle-anaesthesia', 'urinary-retention', 'back-pain', 'radiating-leg-pain'], absent: ['slr-positive'], age: 50, sex: 'male' };
const query = 'present=saddle-anaesthesia,urinary-retention,back-pain,radiating-leg-pain&absent=slr-positive&age=50&sex=male';

describe('GET and POST /api/differential', () => {
  it('answer the same case the same way, in the documented shape', async () => {
    const got = await call<DifferentialResponse>(route.GET, `/api/differential?${query}`);
    const posted = await post<DifferentialResponse>(route.POST, '/api/differential', cauda);
    expect(got.status).toBe(200);
    expect(posted.body).toEqual(got.body);
    const body = got.body;
    expect(Object.keys(body)).toEqual(expect.arrayContaining(['causes', 'cantMiss', 'alerts', 'nextFindings', 'workup']));
    expect(body.causes[0]).toMatchObject({
      id: 'cauda-equina-syndrome',
      name: expect.any(String),
      icd10: expect.arrayContaining([expect.stringMatching(/^G83\.4/)]),
      probability: expect.any(Number),
      urgency: 'emergency',
      cantMiss: true,
    });
    const supporting = body.causes[0]!.supporting;
    expect(supporting.map((s) => s.findingId)).toContain('saddle-anaesthesia');
    expect(supporting[0]).toEqual({ findingId: expect.any(String), label: expect.any(String), weight: expect.any(Number), state: 'present' });
    expect(body.cantMiss[0]).toMatchObject({ id: 'cauda-equina-syndrome', name: expect.any(String), urgency: 'emergency', probability: expect.any(Number) });
    expect(body.alerts[0]).toMatchObject({ level: 'emergency', message: expect.any(String), action: expect.any(String) });
    expect(body.alerts[0]!.findingIds).toContain('saddle-anaesthesia');
    expect(body.alerts[0]!.causeIds).toContain('cauda-equina-syndrome');
    for (const next of body.nextFindings) expect(next).toMatchObject({ findingId: expect.any(String), label: expect.any(String), gain: expect.any(Number) });
    // By urgency: the MRI the cauda equina alert names leads "now"; `priority` keeps the plan's rank.
    expect(body.workup[0]).toMatchObject({ testId: 'mri-lumbar-spine', name: expect.any(String), kind: 'imaging', codes: expect.any(Array), timing: 'now', named: true, role: expect.any(String) });
    expect(body.workup.map((w) => w.priority)).toContain(1);
    expect(body.workup.map((w) => w.timing)).toEqual([...body.workup.map((w) => w.timing)].sort((a, b) => ['now', 'today', 'outpatient'].indexOf(a) - ['now', 'today', 'outpatient'].indexOf(b)));
    expect(body.workup.find((w) => w.testId === 'mri-lumbar-spine')?.helpsWith).toContain('cauda-equina-syndrome');
  });

  it('take the care setting, report it, and default to primary care', async () => {
    const primary = await call<DifferentialResponse>(route.GET, `/api/differential?${query}`);
    const emergency = await call<DifferentialResponse>(route.GET, `/api/differential?${query}&setting=emergency`);
    const posted = await post<DifferentialResponse>(route.POST, '/api/differential', { ...cauda, setting: 'emergency' });
    expect(primary.body.setting).toBe('primary_care');
    expect(emergency.body.setting).toBe('emergency');
    expect(posted.body).toEqual(emergency.body);
    expect(emergency.body.causes.map((c) => c.probability)).not.toEqual(primary.body.causes.map((c) => c.probability));
    const bad = await call(route.GET, `/api/differential?${query}&setting=ward`);
    expect(bad.status).toBe(400);
    expect(errorOf(bad).code).toBe('invalid_request');
  });

  it('list findings implied by an entered one', async () => {
    const res = await call<DifferentialResponse>(route.GET, '/api/differential?present=areflexia-generalised');
    expect(res.body.implied).toEqual([
      { findingId: 'ankle-reflex-absent-bilateral', label: expect.any(String), impliedBy: ['areflexia-generalised'], entered: false },
    ]);
  });

  it('sort causes by probability and never cache', async () => {
    const res = await call<DifferentialResponse>(route.GET, `/api/differential?${query}`);
    const p = res.body.causes.map((c) => c.probability);
    expect(p).toEqual([...p].sort((a, b) => b - a));
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });

  it('cut only the causes with limit', async () => {
    const full = await post<DifferentialResponse>(route.POST, '/api/differential', cauda);
    const one = await post<DifferentialResponse>(route.POST, '/api/differential', { ...cauda, limit: 1 });
    expect(one.body.causes).toEqual(full.body.causes.slice(0, 1));
    expect(one.body.cantMiss).toEqual(full.body.cantMiss);
    expect(one.body.workup).toEqual(full.body.workup);
    expect(one.body.totalCauses).toBe(full.body.totalCauses);
  });

  it('accept an empty case (the prior ranking) and repeated list parameters', async () => {
    const empty = await call<DifferentialResponse>(route.GET, '/api/differential');
    expect(empty.status).toBe(200);
    expect(empty.body.causes.length).toBeGreaterThan(0);
    expect(empty.body.alerts).toEqual([]);
    const emptyPost = await post<DifferentialResponse>(route.POST, '/api/differential', {});
    expect(emptyPost.body.causes).toEqual(empty.body.causes);
    const repeated = await call<DifferentialResponse>(route.GET, '/api/differential?present=saddle-anaesthesia&present=urinary-retention,back-pain,radiating-leg-pain&absent=slr-positive&age=50&sex=male');
    const commas = await call<DifferentialResponse>(route.GET, `/api/differential?${query}`);
    expect(repeated.body).toEqual(commas.body);
  });
});

describe('/api/differential rejects bad input with 400 and the error shape', () => {
  it('names unknown finding ids (the engine\'s own check)', async () => {
    const res = await post(route.POST, '/api/differential', { present: ['saddle-anaesthesia', 'no-such-finding'], absent: ['made-up'] });
    expect(res.status).toBe(400);
    expect(errorOf(res)).toEqual({
      code: 'unknown_finding',
      message: 'Unknown finding id(s): no-such-finding, made-up.',
      details: { unknownFindingIds: ['no-such-finding', 'made-up'], problems: expect.arrayContaining([expect.stringContaining('no-such-finding')]) },
    });
    const got = await call(route.GET, '/api/differential?present=no-such-finding');
    expect(errorOf(got).code).toBe('unknown_finding');
  });

  it.each<[string, unknown, RegExp]>([
    ['present not a list', { present: 'saddle-anaesthesia' }, /present/],
    ['a non-string id', { present: [42] }, /present\.0/],
    ['an empty id', { present: [''] }, /present\.0/],
    ['age as a string', { age: '45' }, /age/],
    ['age above 120', { age: 121 }, /age/],
    ['age below 0', { age: -1 }, /age/],
    ['age not a whole number', { age: 45.5 }, /age/],
    ['an unknown sex', { sex: 'other' }, /sex/],
    ['limit above 100', { limit: 101 }, /limit/],
    ['an unknown field', { presnt: ['back-pain'] }, /presnt|Unrecognized/i],
    ['the same id present and absent', { present: ['back-pain'], absent: ['back-pain'] }, /absent/],
    ['more than 100 findings', { present: Array.from({ length: 101 }, (_, i) => `f-${i}`) }, /at most 100/],
  ])('%s', async (_, body, pattern) => {
    const res = await post(route.POST, '/api/differential', body);
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe('invalid_request');
    expect(JSON.stringify(errorOf(res))).toMatch(pattern);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });

  it('rejects an id entered twice in one list', async () => {
    const res = await post(route.POST, '/api/differential', { present: ['back-pain', 'back-pain'] });
    expect(res.status).toBe(400);
    expect(errorOf(res).message).toContain('twice');
  });

  it.each([
    ['malformed JSON', '{"present": [', 'invalid_json'],
    ['an empty body', '', 'invalid_json'],
    ['a JSON array', '["back-pain"]', 'invalid_request'],
    ['JSON null', 'null', 'invalid_request'],
    ['a JSON string', '"back-pain"', 'invalid_request'],
  ])('rejects %s', async (_, body, code) => {
    const res = await post(route.POST, '/api/differential', body);
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe(code);
  });

  it('rejects a body over 64 KiB with 413', async () => {
    const res = await post(route.POST, '/api/differential', { present: ['x'.repeat(70_000)] });
    expect(res.status).toBe(413);
    expect(errorOf(res).code).toBe('payload_too_large');
  });

  it.each(['age=abc', 'age=200', 'age=4.5', 'sex=unknown', 'limit=0', 'present=back-pain&absent=back-pain'])('rejects GET ?%s', async (q) => {
    const res = await call(route.GET, `/api/differential?${q}`);
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe('invalid_request');
  });

  it.each(['PUT', 'PATCH', 'DELETE'] as const)('answers %s with 405', async (method) => {
    const res = await call(route[method], '/api/differential', { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, POST');
    expect(errorOf(res)).toMatchObject({ code: 'method_not_allowed', details: { allowed: ['GET', 'POST'] } });
  });
});
