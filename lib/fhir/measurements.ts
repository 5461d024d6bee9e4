// The measurement reader FHIR reading uses. Placeholder until the thresholds module lands:
// it knows no threshold, so every numeric result is reported as not mapped (never guessed).
import type { MeasurementReader } from './lab-results';

/** The reader for numeric results, limited to findings the catalog holds. */
export function catalogMeasurementReader(_knownFindingIds: ReadonlySet<string>): MeasurementReader {
  return { read: () => null, findingsOf: () => [] };
}
