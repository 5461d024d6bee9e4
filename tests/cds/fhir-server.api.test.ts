// A call that brings no prefetch but grants access to the EHR's FHIR server: NumbDx reads what
// is missing from a fake FHIR server on loopback, with the token, following paging links, and
// gives up on a read that does not answer in time.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as service from '@/app/cds-services/[id]/route';
import type { CdsResponse } from '@/lib/cds/types';
import { call, errorOf, withId } from '../api/call';
import { hpoObservation, icdCondition } from './catalog';
import { startFakeFhirServer, type FakeFhirServer } from './fake-fhir-server';
import { specIssues, zSpecResponse } from './spec-model';

const TOKEN = 'opaque-token-for-numbdx';
const PORT = 3702;
const HANGING_PORT = 3703;

let fhir: FakeFhirServer;
let hanging: FakeFhirServer;
const data = {
  patient: { resourceType: 'Patient', id: '123', birthDate: '1958-02-01', gender: 'male' },
  // Two pages: the red flag's finding is on the second.
  observations: [[hpoObservation('HP:0001945', { valueBoolean: false })], [hpoObservation('HP:0000016')]],
  conditions: [icdCondition('E11.9')],
};

beforeAll(async () => {
  fhir = await startFakeFhirServer(PORT, TOKEN, data);
  hanging = await startFakeFhirServer(HANGING_PORT, TOKEN, data, '/Condition');
});
afterAll(async () => {
  await fhir.close();
  await hanging.close();
});
afterEach(() => vi.unstubAllEnvs());

const callWith = (fhirServer: string, prefetch?: Record<string, unknown>) =>
  call<CdsResponse>(service.POST, '/cds-services/lower-limb-numbness', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      hook: 'patient-view',
      hookInstance: '4a74b1d0-4fee-4d18-b76f-7f3bd361e4bc',
      fhirServer,
      fhirAuthorization: { access_token: TOKEN, token_type: 'Bearer', expires_in: 300, scope: 'user/Patient.read user/Observation.read user/Condition.read', subject: 'numbdx' },
      context: { userId: 'Practitioner/example', patientId: '123' },
      ...(prefetch ? { prefetch } : {}),
    }),
    context: withId('lower-limb-numbness'),
  });

describe('reading from the FHIR server of the call', () => {
  it('reads the missing Patient, Observations (every page) and Conditions with the bearer token', async () => {
    vi.stubEnv('NUMBDX_CDS_FHIR_SERVERS', fhir.baseUrl);
    fhir.requests.length = 0;
    const res = await callWith(fhir.baseUrl);
    expect(res.status).toBe(200);
    expect(specIssues(zSpecResponse, res.body)).toEqual([]);
    expect(res.body.cards[0]!.indicator).toBe('critical');
    expect(res.body.cards.at(-1)!.links![0]!.url).toContain('present=urinary-retention,diabetes&absent=fever&age=68&sex=male');
    expect(fhir.requests.map((r) => r.path.split('?')[0]).sort()).toEqual(['/Condition', '/Observation', '/Observation', '/Patient/123']);
    expect(fhir.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it('reads only what the prefetch lacks', async () => {
    vi.stubEnv('NUMBDX_CDS_FHIR_SERVERS', fhir.baseUrl);
    fhir.requests.length = 0;
    const res = await callWith(fhir.baseUrl, { patient: data.patient, conditions: null });
    expect(res.status).toBe(200);
    expect(fhir.requests.map((r) => r.path.split('?')[0])).toEqual(['/Observation', '/Observation']);
  });

  it('gives up on a read that does not answer within the timeout and says so in the card', async () => {
    vi.stubEnv('NUMBDX_CDS_FHIR_SERVERS', hanging.baseUrl);
    vi.stubEnv('NUMBDX_CDS_FHIR_TIMEOUT_MS', '300');
    const res = await callWith(hanging.baseUrl);
    expect(res.status).toBe(200);
    expect(res.body.cards.at(-1)!.detail).toContain('Conditions: not read from the FHIR server (no answer within 300 ms)');
    expect(res.body.cards.at(-1)!.links![0]!.url).not.toContain('diabetes');
  });

  it('does not send the token to a FHIR server the operator has not allowed (412 without prefetch)', async () => {
    vi.stubEnv('NUMBDX_CDS_FHIR_SERVERS', 'https://ehr.example.org/fhir');
    fhir.requests.length = 0;
    const res = await callWith(fhir.baseUrl);
    expect(res.status).toBe(412);
    expect(errorOf(res).code).toBe('precondition_failed');
    expect(fhir.requests).toEqual([]);
  });
});
