// A FHIR server on loopback for the CDS tests: answers reads and searches from fixed resources,
// demands the bearer token, pages the Observation search, and can be told to hang on a path.
import { createServer, type Server } from 'node:http';

export interface FakeFhirServer {
  baseUrl: string;
  /** Every request path (with query) and its Authorization header, in order. */
  requests: { path: string; authorization: string | undefined }[];
  close: () => Promise<void>;
}

const searchset = (resources: unknown[], next?: string) => ({
  resourceType: 'Bundle',
  type: 'searchset',
  ...(next ? { link: [{ relation: 'next', url: next }] } : {}),
  entry: resources.map((resource) => ({ resource })),
});

/** Starts the fake server on 127.0.0.1:`port`; paths starting with `hang` never answer. */
export async function startFakeFhirServer(port: number, token: string, data: { patient: unknown; observations: unknown[][]; conditions: unknown[] }, hang?: string): Promise<FakeFhirServer> {
  const requests: FakeFhirServer['requests'] = [];
  const base = `http://127.0.0.1:${port}/fhir`;
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '').replace(/^\/fhir/, '');
    requests.push({ path, authorization: req.headers.authorization });
    if (hang && path.startsWith(hang)) return; // never answers
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/fhir+json' });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== `Bearer ${token}`) return send(401, { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'login' }] });
    if (path.startsWith('/Patient/')) return send(200, data.patient);
    if (path.startsWith('/Observation?')) {
      const page = Number(new URLSearchParams(path.split('?')[1]).get('_page') ?? '1');
      const next = page < data.observations.length ? `${base}/Observation?patient=123&_page=${page + 1}` : undefined;
      return send(200, searchset(data.observations[page - 1] ?? [], next));
    }
    if (path.startsWith('/Condition?')) return send(200, searchset(data.conditions));
    send(404, { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-found' }] });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    baseUrl: base,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
