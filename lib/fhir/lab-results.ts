// Laboratory Observations: how a coded result reads as a finding. Qualitative tests (a LOINC
// "[Presence]" code) read through a small table; numeric results through a measurement reader
// that applies the catalog's thresholds with unit conversion (lib/language/measurements, the one
// module that owns thresholds, shared with typed notes).
import { z } from 'zod';
import presenceRows from './data/presence-findings.json';
import type { FindingState } from './polarity';

/** A numeric result: LOINC code, value, and its unit as UCUM code and as displayed text. */
export interface Measurement {
  loinc: string;
  value: number;
  unit?: string;
  unitText?: string;
  /** FHIR Quantity.comparator: "<5" lies below 5. */
  comparator?: '<' | '<=' | '>=' | '>';
}

/** What a measurement says about one finding. */
export interface MeasurementFinding {
  findingId: string;
  state: FindingState;
}

/** Reads numeric results through thresholds; null when the code or unit has no threshold. */
export interface MeasurementReader {
  read(measurement: Measurement): MeasurementFinding[] | null;
  /** The findings a LOINC code's thresholds decide (all absent when a result is flagged normal). */
  findingsOf(loinc: string): string[];
}

const zPresenceRow = z.object({ loinc: z.string(), display: z.string(), finding: z.string() }).strict();

/** Qualitative LOINC tests whose positive result is a catalog finding. */
export const PRESENCE_ROWS = z.array(zPresenceRow).parse(presenceRows);

/** The finding a qualitative LOINC test reports, if the table has it. */
export function presenceFindingOf(loinc: string): string | undefined {
  return PRESENCE_ROWS.find((row) => row.loinc === loinc)?.finding;
}
