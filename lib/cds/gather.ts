// The patient's record for one call: the prefetched resources, and what is missing read from the
// EHR's FHIR server when the call grants access. Paging links are followed a few pages deep.
import { ZodError, type ZodType } from 'zod';
import { bundleResources, zInBundle, zInPatient, type InBundle, type InResource } from '../fhir/input-schema';
import type { TCdsHooksRequest } from '../schemas/cds';
import { FhirReadError, type FhirGet } from './fhir-client';
import { PREFETCH, type PrefetchKey } from './services';

/** Most pages read per search (the first included). */
export const MAX_PAGES = 5;

const KEY_LABEL: Record<PrefetchKey, string> = { patient: 'Patient', observations: 'Observations', conditions: 'Conditions' };

/** What one call gathered, with notes on what could not be read (no patient data in them). */
export interface GatheredRecord {
  resources: InResource[];
  /** Prefetch keys for which no data at all arrived (neither prefetched nor read). */
  missing: PrefetchKey[];
  notes: string[];
}

/** A prefetch value checked against its schema; a ZodError naming prefetch.<key> otherwise. */
function parseAt<T>(schema: ZodType<T>, value: unknown, key: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new ZodError(parsed.error.issues.map((issue) => ({ ...issue, path: ['prefetch', key, ...issue.path] })));
}

const isOutcome = (value: unknown) => typeof value === 'object' && value !== null && (value as { resourceType?: unknown }).resourceType === 'OperationOutcome';
const nextLink = (bundle: InBundle) => bundle.link?.find((l) => l.relation === 'next')?.url;

/** The template with the context's patient id filled in. */
export function fillTemplate(template: string, patientId: string): string {
  return template.replaceAll('{{context.patientId}}', encodeURIComponent(patientId));
}

async function readPages(first: InBundle, key: PrefetchKey, get: FhirGet | null, notes: string[]): Promise<InResource[]> {
  const resources = bundleResources(first);
  let next = nextLink(first);
  for (let page = 1; next; page++) {
    if (!get) {
      notes.push(`${KEY_LABEL[key]}: only the first page was sent and NumbDx has no FHIR server access to read more.`);
      break;
    }
    if (page >= MAX_PAGES) {
      notes.push(`${KEY_LABEL[key]}: only the first ${MAX_PAGES} pages were read.`);
      break;
    }
    const bundle = parseAt(zInBundle, await get(next), key);
    resources.push(...bundleResources(bundle));
    next = nextLink(bundle);
  }
  const outcomes = resources.filter((r) => r.resourceType === 'OperationOutcome').length;
  if (outcomes > 0) notes.push(`${KEY_LABEL[key]}: the server reported ${outcomes} problem${outcomes === 1 ? '' : 's'} (OperationOutcome) with this search.`);
  return resources;
}

/** Resources for one key: from the prefetch value, else read from the server; undefined when unavailable. */
async function resourcesFor(key: PrefetchKey, request: TCdsHooksRequest, get: FhirGet | null, notes: string[]): Promise<InResource[] | undefined> {
  const prefetch = request.prefetch ?? {};
  const given = Object.hasOwn(prefetch, key) ? prefetch[key] : undefined;
  // null means the client had nothing for this template: no data, and nothing to fetch.
  if (given === null) return [];
  let value: unknown = given !== undefined && !isOutcome(given) ? given : undefined;
  if (given !== undefined && isOutcome(given)) notes.push(`${KEY_LABEL[key]}: the client could not prefetch them (OperationOutcome).`);
  if (value === undefined) {
    if (!get) return undefined;
    try {
      value = await get(fillTemplate(PREFETCH[key], request.context.patientId));
    } catch (error) {
      if (!(error instanceof FhirReadError)) throw error;
      notes.push(`${KEY_LABEL[key]}: not read from the FHIR server (${error.reason}).`);
      return undefined;
    }
  }
  if (key === 'patient') {
    const patient = parseAt(zInPatient, value, key);
    // Another patient's record must never be read into this one's cards.
    if (patient.id !== undefined && patient.id !== request.context.patientId) {
      throw new ZodError([{ code: 'custom', path: ['prefetch', key, 'id'], message: 'is not context.patientId', input: patient.id }]);
    }
    return [patient];
  }
  try {
    return await readPages(parseAt(zInBundle, value, key), key, get, notes);
  } catch (error) {
    if (!(error instanceof FhirReadError)) throw error;
    notes.push(`${KEY_LABEL[key]}: a further page was not read (${error.reason}).`);
    return bundleResources(parseAt(zInBundle, value, key));
  }
}

/** Gathers Patient, Observations and Conditions for a call; `get` is null without FHIR server access. */
export async function gatherRecord(request: TCdsHooksRequest, get: FhirGet | null): Promise<GatheredRecord> {
  const notes: string[] = [];
  const keys = Object.keys(PREFETCH) as PrefetchKey[];
  const found = await Promise.all(keys.map((key) => resourcesFor(key, request, get, notes)));
  const missing = keys.filter((_, i) => found[i] === undefined);
  for (const key of missing) if (!notes.some((n) => n.startsWith(`${KEY_LABEL[key]}:`))) notes.push(`${KEY_LABEL[key]}: not provided.`);
  return { resources: found.flatMap((r) => r ?? []), missing, notes };
}
