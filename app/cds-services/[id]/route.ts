import { randomUUID } from 'node:crypto';
import { MAX_FHIR_BODY_BYTES, NO_STORE, apiRoute, json, methodNotAllowed, readJsonObject } from '@/lib/api/responses';
import { answerCall } from '@/lib/cds/answer';
import { cdsConfig } from '@/lib/cds/config';

export const dynamic = 'force-dynamic';

/** A CDS Hooks call: the request with its prefetch in, cards out. */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const body = await readJsonObject(request, { maxBodyBytes: MAX_FHIR_BODY_BYTES });
  const cards = await answerCall(id, body, { config: cdsConfig(request.url), fetch: globalThis.fetch, now: new Date(), newId: randomUUID });
  return json(cards, NO_STORE);
});

export const GET = methodNotAllowed('POST');
export const PUT = methodNotAllowed('POST');
export const PATCH = methodNotAllowed('POST');
export const DELETE = methodNotAllowed('POST');
