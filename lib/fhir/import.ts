// FHIR in: a Bundle (or loose resources) of one patient to the differential NumbDx computes for it.
import 'server-only';
import { differentialOn, type DifferentialResponse } from '../catalog/differential';
import type { CatalogSnapshot } from '../catalog/snapshot-build';
import { zDifferentialInput, type TDifferentialCase } from '../schemas/api';
import { caseFromFhir, recordOf, type CaseFromFhir } from './case-from-fhir';
import { getCatalogSnapshot } from '../catalog/snapshot';
import { bundleOn } from './differential-bundle';
import { bundleResources, zInBundle, type InResource } from './input-schema';
import type { Bundle } from './types';
import { readKnowledgeOf } from './knowledge';

/** The case read from the resources (parsed once), and its differential on the snapshot. */
export interface ImportedDifferential {
  reading: CaseFromFhir;
  entered: TDifferentialCase;
  differential: DifferentialResponse;
}

/** Reads the resources into a case and computes its differential (pure apart from the snapshot). */
export function differentialFromResources(snapshot: CatalogSnapshot, resources: readonly InResource[], now: Date): ImportedDifferential {
  const reading = caseFromFhir(recordOf(resources), readKnowledgeOf(snapshot), now);
  // Every id came from the snapshot, so only the schema's defaults are applied here.
  const entered = zDifferentialInput.parse(reading.case);
  return { reading, entered, differential: differentialOn(snapshot, entered) };
}

/** POST /api/differential/fhir's JSON answer: the differential, the case read and what was not used. */
export type ImportAnswer = DifferentialResponse & Pick<CaseFromFhir, 'case' | 'evidence' | 'unmapped'>;

/**
 * Reads a FHIR Bundle body (ZodError when it is not one) and answers the differential as JSON,
 * or as NumbDx's FHIR Bundle when `as` is 'fhir'.
 */
export async function importBundle(body: unknown, as: 'json' | 'fhir', now: Date = new Date()): Promise<ImportAnswer | Bundle> {
  const bundle = zInBundle.parse(body);
  const snapshot = await getCatalogSnapshot();
  const { reading, entered, differential } = differentialFromResources(snapshot, bundleResources(bundle), now);
  if (as === 'fhir') return bundleOn(snapshot, entered, differential, now);
  return { ...differential, case: reading.case, evidence: reading.evidence, unmapped: reading.unmapped };
}
