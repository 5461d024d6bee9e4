// Contract tests of the CDS Hooks endpoints against the spec model, through the route handlers.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as discovery from '@/app/cds-services/route';
import * as service from '@/app/cds-services/[id]/route';
import * as feedback from '@/app/cds-services/[id]/feedback/route';
import type { CdsResponse } from '@/lib/cds/types';
import { call, errorOf, withId } from '../api/call';
import { hpoObservation, icdCondition } from './catalog';
import { specIssues, zSpecDiscovery, zSpecRequest, zSpecResponse } from './spec-model';

const postTo = <T = CdsResponse>(handler: typeof service.POST | typeof feedback.POST, id: string, body: unknown) =>
  call<T>(handler, `/cds-services/${id}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    context: withId(id),
  });

const bundle = (...resources: unknown[]) => ({ resourceType: 'Bundle', type: 'searchset', entry: resources.map((resource) => ({ resource })) });

/** A patient-view call with everything prefetched: urinary retention (cauda equina red flag) and diabetes. */
export const emergencyCall = {
  hook: 'patient-view',
  hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
  context: { userId: 'Practitioner/example', patientId: '123', encounterId: '456' },
  prefetch: {
    patient: { resourceType: 'Patient', id: '123', birthDate: '1961-04-10', gender: 'female' },
    observations: bundle(hpoObservation('HP:0000016'), hpoObservation('HP:0001945', { valueBoolean: false })),
    conditions: bundle(icdCondition('E11.9')),
  },
};

afterEach(() => vi.unstubAllEnvs());

describe('GET /cds-services', () => {
  it('lists the lower-limb numbness services with their hooks, descriptions and prefetch templates, as the spec describes', async () => {
    const res = await call<{ services: { id: string; hook: string; prefetch: Record<string, string> }[] }>(discovery.GET, '/cds-services');
    expect(res.status).toBe(200);
    expect(specIssues(zSpecDiscovery, res.body)).toEqual([]);
    expect(res.body.services.map((s) => [s.id, s.hook])).toEqual([
      ['lower-limb-numbness', 'patient-view'],
      ['lower-limb-numbness-encounter', 'encounter-start'],
    ]);
    expect(res.body.services[0]!.prefetch).toEqual({
      patient: 'Patient/{{context.patientId}}',
      observations: expect.stringMatching(/^Observation\?patient=\{\{context\.patientId\}\}/),
      conditions: 'Condition?patient={{context.patientId}}',
    });
  });
});

describe('POST /cds-services/{id}', () => {
  it('answers a spec-valid request with spec-valid cards, a critical card for the emergency red flag first', async () => {
    expect(specIssues(zSpecRequest, emergencyCall)).toEqual([]);
    const res = await postTo(service.POST, 'lower-limb-numbness', emergencyCall);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(specIssues(zSpecResponse, res.body)).toEqual([]);
    const [first] = res.body.cards;
    expect(first).toMatchObject({ indicator: 'critical', source: { url: 'http://localhost/causes/cauda-equina-syndrome' } });
    const info = res.body.cards.at(-1)!;
    expect(info.indicator).toBe('info');
    expect(info.links![0]!.url).toMatch(/^http:\/\/localhost\/\?present=urinary-retention,diabetes&absent=fever&age=65&sex=female$/);
    expect(info.suggestions!.every((s) => s.actions[0]!.type === 'create' && (s.actions[0]!.resource as { status: string }).status === 'draft')).toBe(true);
  });

  it('takes the base URL for links from NUMBDX_BASE_URL when it is set', async () => {
    vi.stubEnv('NUMBDX_BASE_URL', 'https://numbdx.example.org/');
    const res = await postTo(service.POST, 'lower-limb-numbness', emergencyCall);
    expect(res.body.cards[0]!.source.url).toBe('https://numbdx.example.org/causes/cauda-equina-syndrome');
    expect(res.body.cards.at(-1)!.links![0]!.url).toMatch(/^https:\/\/numbdx\.example\.org\/\?present=/);
  });

  it('answers encounter-start on its own service', async () => {
    const res = await postTo(service.POST, 'lower-limb-numbness-encounter', { ...emergencyCall, hook: 'encounter-start' });
    expect(res.status).toBe(200);
    expect(specIssues(zSpecResponse, res.body)).toEqual([]);
  });

  it('reads null prefetch values as "no data" and says there was no usable finding', async () => {
    const res = await postTo(service.POST, 'lower-limb-numbness', { ...emergencyCall, prefetch: { patient: null, observations: null, conditions: null } });
    expect(res.status).toBe(200);
    expect(res.body.cards).toHaveLength(1);
    expect(res.body.cards[0]!.summary).toContain('no coded finding');
  });

  it.each([
    ['malformed JSON', '{"hook": ', 'invalid_json'],
    ['a request without hookInstance', { ...emergencyCall, hookInstance: undefined }, 'invalid_request'],
    ['a request without context.patientId', { ...emergencyCall, context: { userId: 'Practitioner/1' } }, 'invalid_request'],
    ['fhirAuthorization without fhirServer', { ...emergencyCall, fhirAuthorization: { access_token: 't', token_type: 'Bearer', expires_in: 300, scope: 'user/*.read', subject: 'numbdx' } }, 'invalid_request'],
    ['the wrong hook for the service', { ...emergencyCall, hook: 'order-sign' }, 'invalid_request'],
    ['a prefetched Patient that is not one', { ...emergencyCall, prefetch: { ...emergencyCall.prefetch, patient: { resourceType: 'Patient', birthDate: 'yesterday' } } }, 'invalid_request'],
    ['a prefetched Patient who is not the context patient', { ...emergencyCall, prefetch: { ...emergencyCall.prefetch, patient: { resourceType: 'Patient', id: '999' } } }, 'invalid_request'],
    ['observations that are not a Bundle', { ...emergencyCall, prefetch: { ...emergencyCall.prefetch, observations: [hpoObservation('HP:0000016')] } }, 'invalid_request'],
  ])('answers %s with 400 in the one error shape', async (_what, body, code) => {
    const res = await postTo(service.POST, 'lower-limb-numbness', body);
    expect(res.status).toBe(400);
    expect(errorOf(res)).toMatchObject({ code, message: expect.any(String) });
  });

  it('answers an unknown service with 404', async () => {
    const res = await postTo(service.POST, 'no-such-service', emergencyCall);
    expect(res.status).toBe(404);
    expect(errorOf(res).code).toBe('not_found');
  });

  it('answers 412 when there is neither prefetch nor FHIR server access', async () => {
    const res = await postTo(service.POST, 'lower-limb-numbness', { ...emergencyCall, prefetch: undefined });
    expect(res.status).toBe(412);
    expect(errorOf(res).code).toBe('precondition_failed');
  });

  it('answers GET with 405', async () => {
    expect((await call(service.GET, '/cds-services/lower-limb-numbness', { context: withId('lower-limb-numbness') })).status).toBe(405);
  });
});

describe('POST /cds-services/{id}/feedback', () => {
  const overridden = { feedback: [{ card: '9368d37b-283f-44a0-93ea-547cebab93ed', outcome: 'overridden', overrideReason: { userComment: 'Patient Jane Doe, seen yesterday' }, outcomeTimestamp: '2026-12-07T10:00:00Z' }] };

  it('accepts feedback and neither logs nor echoes any of it', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level));
    const res = await postTo<{ accepted: number }>(feedback.POST, 'lower-limb-numbness', overridden);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ accepted: 1 });
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    spies.forEach((spy) => spy.mockRestore());
  });

  it('rejects feedback that breaks the spec with 400, and an unknown service with 404', async () => {
    const accepted = { feedback: [{ card: 'a', outcome: 'accepted', outcomeTimestamp: '2026-12-07T10:00:00Z' }] };
    expect((await postTo(feedback.POST, 'lower-limb-numbness', accepted)).status).toBe(400);
    expect((await postTo(feedback.POST, 'no-such-service', overridden)).status).toBe(404);
  });
});
