// The differential for one case on the server's loaded snapshot (reads the database on first use).
import 'server-only';
import type { TDifferentialCase } from '../schemas/api';
import { differentialOn, type DifferentialResponse } from './differential';
import { getCatalogSnapshot } from './snapshot';

/**
 * The ranked differential, can't-miss causes, alerts, next findings and workup for a case that
 * zDifferentialInput parsed (the caller's one parse); throws CaseInputError for ids the catalog does not know.
 */
export async function getDifferential(input: TDifferentialCase): Promise<DifferentialResponse> {
  return differentialOn(await getCatalogSnapshot(), input);
}
