// GET /api/differential/fhir: the differential for a case, exported as a FHIR R4 Bundle.
import { randomUUID } from 'node:crypto';
import { differentialOn } from '../catalog/differential';
import { getCatalogSnapshot } from '../catalog/snapshot';
import { zDifferentialInput, type TDifferentialInput } from '../schemas/api';
import { buildDifferentialBundle } from './bundle';
import type { Bundle } from './types';

/** The file name offered when the bundle is downloaded. */
export const FHIR_BUNDLE_FILENAME = 'numbdx-differential.json';

/** The case's differential as a FHIR Bundle; throws like getDifferential on bad input. */
export async function getDifferentialBundle(input: TDifferentialInput, now: Date = new Date()): Promise<Bundle> {
  const parsed = zDifferentialInput.parse(input);
  const snapshot = await getCatalogSnapshot();
  const differential = differentialOn(snapshot, parsed);
  return buildDifferentialBundle({
    entered: parsed,
    differential,
    // differentialOn has checked every id against this snapshot.
    findingOf: (id) => snapshot.findingById.get(id)!,
    causeCodesOf: (id) => snapshot.causeById.get(id)?.codes ?? [],
    now,
    newId: randomUUID,
  });
}
