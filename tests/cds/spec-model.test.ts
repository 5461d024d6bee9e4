// The spec model against the specification's own examples (index.md), and against violations,
// so the contract tests built on it can fail; NumbDx's input schemas accept the same examples.
import { describe, expect, it } from 'vitest';
import { zCdsFeedback, zCdsHooksRequest } from '@/lib/schemas/cds';
import { specIssues, zSpecCard, zSpecDiscovery, zSpecFeedback, zSpecRequest, zSpecResponse } from './spec-model';

const discoveryExample = {
  services: [
    { hook: 'patient-view', title: 'Static CDS Service Example', description: 'An example of a CDS Service that returns a static set of cards', id: 'static-patient-greeter', prefetch: { patientToGreet: 'Patient/{{context.patientId}}' } },
    { hook: 'order-sign', title: 'Pharmacogenomics CDS Service', description: 'An example of a more advanced, precision medicine CDS Service', id: 'pgx-on-order-sign', usageRequirements: 'Note: functionality of this CDS Service is degraded without access to a FHIR Restful API as part of CDS recommendation generation.' },
  ],
};

const requestExample = {
  hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
  fhirServer: 'http://hooks.smarthealthit.org:9080',
  hook: 'patient-view',
  fhirAuthorization: { access_token: 'some-opaque-fhir-access-token', token_type: 'Bearer', expires_in: 300, scope: 'user/Patient.read user/Observation.read', subject: 'cds-service4' },
  context: { userId: 'Practitioner/example', patientId: '1288992', encounterId: '89284' },
  prefetch: { patientToGreet: { resourceType: 'Patient', gender: 'male', birthDate: '1925-12-23', id: '1288992', active: true } },
};

const responseExample = {
  cards: [
    {
      uuid: '4e0a3a1e-3283-4575-ab82-028d55fe2719',
      summary: 'Example Card',
      indicator: 'info',
      detail: 'This is an example card.',
      source: { label: 'Static CDS Service Example', url: 'https://example.com', icon: 'https://example.com/img/icon-100px.png' },
      links: [
        { label: 'Google', url: 'https://google.com', type: 'absolute' },
        { label: 'SMART Example App', url: 'https://smart.example.com/launch', type: 'smart', appContext: '{"session":3456356,"settings":{"module":4235}}' },
      ],
    },
    {
      summary: 'Another card',
      indicator: 'warning',
      source: { label: 'Static CDS Service Example' },
      overrideReasons: [{ code: 'reason-code-provided-by-service', system: 'http://example.org/cds-services/fhir/CodeSystem/override-reasons', display: 'Patient refused' }],
    },
  ],
};

const feedbackExamples = [
  { feedback: [{ card: '4e0a3a1e-3283-4575-ab82-028d55fe2719', outcome: 'accepted', acceptedSuggestions: [{ id: 'e56e1945-20b3-4393-8503-a1a20fd73152' }], outcomeTimestamp: '2021-12-11T10:05:31Z' }] },
  { feedback: [{ card: 'f6b95768-b1c8-40dc-8385-bf3504b82ffb', outcome: 'overridden', outcomeTimestamp: '2020-12-11T00:00:00Z' }] },
  { feedback: [{ card: '9368d37b-283f-44a0-93ea-547cebab93ed', outcome: 'overridden', overrideReason: { reason: { code: 'd7ecf885', system: 'https://example.com/cds-hooks/override-reason-system' }, userComment: 'A comment entered by the clinician.' }, outcomeTimestamp: '2020-12-11T00:00:00Z' }] },
];

describe('the CDS Hooks spec model', () => {
  it("accepts the specification's examples", () => {
    expect(specIssues(zSpecDiscovery, discoveryExample)).toEqual([]);
    expect(specIssues(zSpecRequest, requestExample)).toEqual([]);
    expect(specIssues(zSpecResponse, responseExample)).toEqual([]);
    for (const example of feedbackExamples) expect(specIssues(zSpecFeedback, example)).toEqual([]);
    expect(specIssues(zSpecResponse, { cards: [] })).toEqual([]);
  });

  const card = responseExample.cards[0]!;
  it.each([
    ['a summary of 140 characters', { ...card, summary: 'x'.repeat(140) }, 'summary'],
    ['an indicator outside info/warning/critical', { ...card, indicator: 'hard-stop' }, 'indicator'],
    ['a card without source', { ...card, source: undefined }, 'source'],
    ['an empty detail', { ...card, detail: '' }, 'detail'],
    ['suggestions without selectionBehavior', { ...card, suggestions: [{ label: 'Do it' }] }, 'cds-resp-6'],
    ['an appContext on an absolute link', { ...card, links: [{ label: 'x', url: 'https://x.org', type: 'absolute', appContext: 'y' }] }, 'cds-resp-3'],
    ['a relative link URL', { ...card, links: [{ label: 'x', url: '/?present=a', type: 'absolute' }] }, 'url'],
    ['an override reason without display', { ...card, overrideReasons: [{ code: 'a', system: 'b' }] }, 'display'],
    ['a create action without its resource', { ...card, selectionBehavior: 'any', suggestions: [{ label: 'x', actions: [{ type: 'create', description: 'x' }] }] }, 'resource'],
    ['an empty links array', { ...card, links: [] }, 'empty'],
  ])('rejects %s', (_what, bad, expected) => {
    expect(specIssues(zSpecCard, bad).join(' ')).toContain(expected);
  });

  it('rejects a request without hookInstance, fhirAuthorization without fhirServer, and a feedback accepted without suggestions', () => {
    expect(specIssues(zSpecRequest, { ...requestExample, hookInstance: undefined })).not.toEqual([]);
    expect(specIssues(zSpecRequest, { ...requestExample, fhirServer: undefined }).join(' ')).toContain('cds-r-1');
    expect(specIssues(zSpecFeedback, { feedback: [{ card: 'a', outcome: 'accepted', outcomeTimestamp: '2020-12-11T00:00:00Z' }] }).join(' ')).toContain('cds-fb-2');
  });
});

describe("NumbDx's input schemas", () => {
  it("accept the specification's request and feedback examples", () => {
    expect(zCdsHooksRequest.safeParse(requestExample).success).toBe(true);
    for (const example of feedbackExamples) expect(zCdsFeedback.safeParse(example).success).toBe(true);
  });

  it('reject what the specification forbids', () => {
    expect(zCdsHooksRequest.safeParse({ ...requestExample, fhirServer: undefined }).success).toBe(false);
    expect(zCdsHooksRequest.safeParse({ ...requestExample, context: {} }).success).toBe(false);
    expect(zCdsFeedback.safeParse({ feedback: [{ card: 'a', outcome: 'accepted', outcomeTimestamp: '2020-12-11T00:00:00Z' }] }).success).toBe(false);
    expect(zCdsFeedback.safeParse({ feedback: [{ card: 'a', outcome: 'ignored', outcomeTimestamp: '2020-12-11T00:00:00Z' }] }).success).toBe(false);
  });
});
