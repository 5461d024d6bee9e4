// The differential for one case on the server's loaded snapshot (reads the database on first use).
import { zDifferentialInput } from '../schemas/api';
import { differentialOn, type DifferentialInput, type DifferentialResponse } from './differential';
import { getCatalogSnapshot } from './snapshot';

/**
 * The ranked differential, can't-miss causes, alerts, next findings and workup for a case.
 * Throws a ZodError for a malformed case and CaseInputError for ids the catalog does not know.
 */
export async function getDifferential(input: DifferentialInput): Promise<DifferentialResponse> {
  const parsed = zDifferentialInput.parse(input);
  return differentialOn(await getCatalogSnapshot(), parsed);
}
