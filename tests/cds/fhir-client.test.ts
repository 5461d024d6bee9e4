import { describe, expect, it, vi } from 'vitest';
import { FhirReadError, fhirClient, isAllowedFhirServer } from '@/lib/cds/fhir-client';
import { fillTemplate } from '@/lib/cds/gather';

const okFetch = () => vi.fn(async () => Response.json({ resourceType: 'Patient', id: '1' }));

describe('fhirClient', () => {
  it('reads relative requests under the base with the bearer token and no redirects', async () => {
    const fetch = okFetch();
    const get = fhirClient({ baseUrl: 'https://ehr.example.org/fhir', accessToken: 'tok', timeoutMs: 1000, fetch });
    await get('Patient/1');
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://ehr.example.org/fhir/Patient/1');
    expect(init.headers).toEqual({ Accept: 'application/fhir+json', Authorization: 'Bearer tok' });
    expect(init.redirect).toBe('error');
  });

  it('never sends the token to a URL outside the FHIR server', async () => {
    const fetch = okFetch();
    const get = fhirClient({ baseUrl: 'https://ehr.example.org/fhir', accessToken: 'tok', timeoutMs: 1000, fetch });
    await expect(get('https://ehr.example.org.evil.test/fhir/Observation?page=2')).rejects.toThrow(FhirReadError);
    await expect(get('https://ehr.example.org/other/Observation')).rejects.toThrow('a link outside the FHIR server was not followed');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('turns failures into reasons that name no data', async () => {
    const status = fhirClient({ baseUrl: 'https://ehr.example.org/fhir', accessToken: 't', timeoutMs: 1000, fetch: vi.fn(async () => new Response('no', { status: 403 })) });
    await expect(status('Patient/1')).rejects.toThrow('the FHIR server answered HTTP 403');
    const timeout = fhirClient({
      baseUrl: 'https://ehr.example.org/fhir',
      accessToken: 't',
      timeoutMs: 1000,
      fetch: vi.fn(async () => Promise.reject(Object.assign(new Error('aborted'), { name: 'TimeoutError' }))),
    });
    await expect(timeout('Patient/1')).rejects.toThrow('no answer within 1000 ms');
  });
});

describe('allowed servers and templates', () => {
  it('allows a server only under a configured base', () => {
    expect(isAllowedFhirServer('https://ehr.example.org/fhir/', ['https://ehr.example.org/fhir'])).toBe(true);
    expect(isAllowedFhirServer('https://ehr.example.org/fhirx', ['https://ehr.example.org/fhir'])).toBe(false);
    expect(isAllowedFhirServer('https://ehr.example.org/fhir', [])).toBe(false);
  });

  it('fills the patient id into a template, encoded', () => {
    expect(fillTemplate('Condition?patient={{context.patientId}}', 'a b&c')).toBe('Condition?patient=a%20b%26c');
  });
});
