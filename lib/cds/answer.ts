// A CDS Hooks call answered: find the service, validate the request, gather the record (prefetch,
// then the EHR's FHIR server if allowed), read it into a case, rank, and build the cards.
import 'server-only';
import { ApiError, notFound } from '../api/errors';
import { getCatalogSnapshot } from '../catalog/snapshot';
import { differentialFromResources } from '../fhir/import';
import { zCdsFeedback, zCdsHooksRequest, type TCdsHooksRequest } from '../schemas/cds';
import { cardsFor } from './cards';
import type { CdsConfig } from './config';
import { fhirClient, isAllowedFhirServer, type FhirGet } from './fhir-client';
import { gatherRecord } from './gather';
import { findService, type CdsService } from './services';
import type { CdsResponse } from './types';

/** Everything a call depends on besides its body. */
export interface CallEnvironment {
  config: CdsConfig;
  fetch: typeof fetch;
  now: Date;
  newId: () => string;
}

/** The service with this id, or a 404 in the one error shape. */
export function requireService(id: string): CdsService {
  const service = findService(id);
  if (!service) throw notFound('CDS service', id);
  return service;
}

/** A reader for the call's FHIR server when the call grants access and the operator allows it. */
function fhirAccess(request: TCdsHooksRequest, env: CallEnvironment, notes: string[]): FhirGet | null {
  const token = request.fhirAuthorization?.access_token;
  if (!request.fhirServer || !token) return null;
  if (!isAllowedFhirServer(request.fhirServer, env.config.fhirServers)) {
    notes.push('The FHIR server of this call is not one NumbDx is configured to read from (NUMBDX_CDS_FHIR_SERVERS).');
    return null;
  }
  return fhirClient({ baseUrl: request.fhirServer, accessToken: token, timeoutMs: env.config.fhirTimeoutMs, fetch: env.fetch });
}

/** The cards for a call to service `id` with `body`; throws ApiError (404, 400, 412) or ZodError (400). */
export async function answerCall(id: string, body: unknown, env: CallEnvironment): Promise<CdsResponse> {
  const service = requireService(id);
  const request = zCdsHooksRequest.parse(body);
  if (request.hook !== service.hook) {
    throw new ApiError(400, 'invalid_request', `Service "${service.id}" answers the "${service.hook}" hook, not "${request.hook}".`, { hook: request.hook });
  }
  const accessNotes: string[] = [];
  const gathered = await gatherRecord(request, fhirAccess(request, env, accessNotes));
  const notes = [...accessNotes, ...gathered.notes];
  if (gathered.missing.length === Object.keys(service.prefetch).length) {
    // CDS Hooks: without prefetch and without FHIR access the service SHALL answer 412.
    throw new ApiError(412, 'precondition_failed', 'No patient data: send the prefetch, or fhirServer and fhirAuthorization for an allowed FHIR server.', { notes });
  }
  const snapshot = await getCatalogSnapshot();
  const { reading, differential } = differentialFromResources(snapshot, gathered.resources, env.now);
  return cardsFor(differential, reading, notes, {
    baseUrl: env.config.baseUrl,
    patientId: request.context.patientId,
    ...(request.context.encounterId ? { encounterId: request.context.encounterId } : {}),
    causeName: (causeId) => snapshot.causeById.get(causeId)?.name ?? causeId,
    findingLabel: (findingId) => snapshot.findingById.get(findingId)?.label ?? findingId,
    newId: env.newId,
  });
}

/** Checks a feedback post for service `id`; the feedback itself is neither stored nor logged. */
export function acceptFeedback(id: string, body: unknown): { accepted: number } {
  requireService(id);
  return { accepted: zCdsFeedback.parse(body).feedback.length };
}
