// GET /api/differential/fhir: the differential for a case, exported as a FHIR R4 Bundle.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { differentialOn, type DifferentialResponse } from '../catalog/differential';
import { getCatalogSnapshot, type CatalogSnapshot } from '../catalog/snapshot';
import type { TDifferentialCase } from '../schemas/api';
import { buildDifferentialBundle } from './bundle';
import type { Bundle } from './types';

/** The file name offered when the bundle is downloaded. */
export const FHIR_BUNDLE_FILENAME = 'numbdx-differential.json';

/** The parsed case's differential as a FHIR Bundle; throws like getDifferential on unknown ids. */
export async function getDifferentialBundle(input: TDifferentialCase, now: Date = new Date()): Promise<Bundle> {
  const snapshot = await getCatalogSnapshot();
  return bundleOn(snapshot, input, differentialOn(snapshot, input), now);
}

/** The bundle of a case whose differential was computed on `snapshot`. */
export function bundleOn(snapshot: CatalogSnapshot, entered: TDifferentialCase, differential: DifferentialResponse, now: Date): Bundle {
  return buildDifferentialBundle({
    entered,
    differential,
    // differentialOn has checked every id against this snapshot.
    findingOf: (id) => snapshot.findingById.get(id)!,
    causeCodesOf: (id) => snapshot.causeById.get(id)?.codes ?? [],
    now,
    newId: randomUUID,
  });
}
