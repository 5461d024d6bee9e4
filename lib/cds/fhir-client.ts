// Reads from the calling EHR's FHIR server with the access token it gave (CDS Hooks "FHIR
// Resource Access"). The token is only ever sent to that server: absolute URLs (paging links)
// must lie under its base. Every read has a timeout, since a CDS service must answer quickly.
import 'server-only';

/** A failed read, with a reason that names no patient data. */
export class FhirReadError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'FhirReadError';
  }
}

export interface FhirClientOptions {
  /** The fhirServer of the request. */
  baseUrl: string;
  accessToken: string;
  timeoutMs: number;
  /** globalThis.fetch in the app; a stub in tests. */
  fetch: typeof fetch;
}

/** Reads a relative FHIR request ("Patient/123", "Observation?patient=123") or a paging URL. */
export type FhirGet = (pathOrUrl: string) => Promise<unknown>;

const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);

/** A reader bound to one FHIR server and token. */
export function fhirClient(options: FhirClientOptions): FhirGet {
  const base = withSlash(options.baseUrl);
  return async (pathOrUrl) => {
    const url = /^https?:\/\//i.test(pathOrUrl) ? pathOrUrl : base + pathOrUrl.replace(/^\//, '');
    if (!url.startsWith(base)) throw new FhirReadError('a link outside the FHIR server was not followed');
    let response: Response;
    try {
      response = await options.fetch(url, {
        headers: { Accept: 'application/fhir+json', Authorization: `Bearer ${options.accessToken}` },
        signal: AbortSignal.timeout(options.timeoutMs),
        redirect: 'error', // a redirect could carry the token elsewhere
      });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      throw new FhirReadError(timedOut ? `no answer within ${options.timeoutMs} ms` : 'the FHIR server could not be reached');
    }
    if (!response.ok) throw new FhirReadError(`the FHIR server answered HTTP ${response.status}`);
    try {
      return await response.json();
    } catch {
      throw new FhirReadError('the FHIR server did not answer JSON');
    }
  };
}

/** Whether `fhirServer` is one the operator allowed (NUMBDX_CDS_FHIR_SERVERS lists allowed base URLs). */
export function isAllowedFhirServer(fhirServer: string, allowed: readonly string[]): boolean {
  const server = withSlash(fhirServer);
  return allowed.some((base) => server.startsWith(withSlash(base)));
}
