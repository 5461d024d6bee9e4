import { describe, expect, it } from 'vitest';
import * as differentialRoute from '@/app/api/differential/route';
import * as route from '@/app/api/differential/fhir/route';
import type { DifferentialResponse } from '@/lib/catalog';
import type { ImportAnswer } from '@/lib/fhir/import';
import type { Bundle, Condition } from '@/lib/fhir/types';
import { zBundle } from '../fhir/r4-schema';
import { call, errorOf, post, url } from './call';

const exportOf = async (query: string) => (await (await route.GET(new Request(url(`/api/differential/fhir?${query}`)), undefined)).json()) as Bundle;
const differentialOf = async (query: string) => (await call<DifferentialResponse>(differentialRoute.GET, `/api/differential?${query}`)).body;
const postFhir = (body: unknown, accept = 'application/json') =>
  call<ImportAnswer>(route.POST, '/api/differential/fhir', {
    method: 'POST',
    headers: { 'Content-Type': 'application/fhir+json', Accept: accept },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const differentialPart = ({ case: _c, evidence: _e, unmapped: _u, ...rest }: ImportAnswer) => rest;

describe('POST /api/differential/fhir: export, import, same differential', () => {
  const cases = [
    'present=saddle-anaesthesia,urinary-retention,back-pain&absent=slr-positive&age=50&sex=male',
    // Findings that share an HPO term (HbA1c ≥ 6.5 % and > 9 %) come back exactly through NumbDx's own code.
    'present=diabetes,hba1c-diabetic,hba1c-above-9,numbness-feet-bilateral,burning-pain-feet&absent=radiating-leg-pain,back-pain&age=67&sex=female',
    'present=onset-sudden,face-arm-numbness-same-side&age=74',
    'present=tingling-paraesthesia&sex=female',
    '',
  ];
  for (const query of cases) {
    it(`gives the same differential for "${query || 'an empty case'}"`, async () => {
      const imported = await postFhir(await exportOf(query));
      expect(imported.status).toBe(200);
      expect(differentialPart(imported.body)).toEqual(await differentialOf(query));
      expect(imported.body.unmapped.filter((u) => u.resourceType === 'Observation' || u.resourceType === 'Patient')).toEqual([]);
    });
  }

  it('answers a FHIR Bundle for Accept: application/fhir+json, with the same Conditions as the export', async () => {
    const query = cases[0]!;
    const res = await postFhir(await exportOf(query), 'application/fhir+json');
    expect(res.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    const bundle = res.body as unknown as Bundle;
    const parsed = zBundle.safeParse(bundle);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    const conditionCodes = (b: Bundle) =>
      b.entry.map((e) => e.resource).filter((r): r is Condition => r.resourceType === 'Condition').map((c) => [c.code?.text, c.extension?.[0]?.valueDecimal]);
    expect(conditionCodes(bundle)).toEqual(conditionCodes(await exportOf(query)));
  });
});

describe('POST /api/differential/fhir with an EHR-style bundle', () => {
  const ehrBundle = {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      { resource: { resourceType: 'Patient', id: 'p1', birthDate: '1950-01-15', gender: 'male', name: [{ family: 'Test' }] } },
      { resource: { resourceType: 'Condition', code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'E11.9', display: 'Type 2 diabetes mellitus without complications' }] }, clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] } } },
      { resource: { resourceType: 'Condition', code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'J45.909' }] } } },
      { resource: { resourceType: 'Observation', status: 'final', code: { coding: [{ system: 'http://human-phenotype-ontology.org', code: 'HP:0000016', display: 'Urinary retention' }] }, valueBoolean: true } },
      { resource: { resourceType: 'Observation', status: 'final', code: { coding: [{ system: 'http://human-phenotype-ontology.org', code: 'HP:0001945', display: 'Fever' }] }, valueBoolean: false } },
      { resource: { resourceType: 'MedicationStatement', status: 'active' } },
    ],
  };

  it('reads diagnoses, coded observations, age and sex, and names what it could not use', async () => {
    const res = await postFhir(ehrBundle);
    expect(res.status).toBe(200);
    expect(res.body.case).toMatchObject({ present: ['urinary-retention', 'diabetes'], absent: ['fever'], sex: 'male' });
    expect(res.body.case.age).toBeGreaterThanOrEqual(76);
    expect(res.body.alerts.map((a) => a.ruleId)).toContain('cauda-equina');
    expect(res.body.unmapped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ resourceType: 'Condition', codes: ['ICD-10-CM J45.909'] }),
        expect.objectContaining({ resourceType: 'MedicationStatement', reason: 'resource type not read by NumbDx' }),
      ]),
    );
  });

  it('rejects what is not a FHIR Bundle with 400 in the one error shape', async () => {
    const notBundle = await postFhir({ resourceType: 'Patient', gender: 'male' });
    expect(notBundle.status).toBe(400);
    expect(errorOf(notBundle).code).toBe('invalid_request');
    expect((await postFhir('{"resourceType": "Bundle",')).status).toBe(400);
    const badObservation = await postFhir({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'Observation', code: {} } }] });
    expect(badObservation.status).toBe(400);
    expect((await post(route.POST, '/api/differential/fhir', [])).status).toBe(400);
  });
});
