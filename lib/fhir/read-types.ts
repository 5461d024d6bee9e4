// What reading FHIR resources yields: finding states with the resource that gave each, and
// everything that could not be used, named so a clinician can see what NumbDx did not read.
import type { FindingState } from './polarity';
import type { MeasurementReader } from './lab-results';

/** One finding state and the resource it came from. */
export interface FindingEvidence {
  findingId: string;
  state: FindingState;
  /** e.g. 'Observation LOINC 4548-4 "Hemoglobin A1c" = 7.2 %'. */
  source: string;
}

/** A resource or code NumbDx did not turn into a finding, and why. */
export interface Unmapped {
  resourceType: string;
  /** The codes as "SYSTEM code" with their display, or the text when there is no code. */
  codes: string[];
  reason: string;
}

/** The catalog knowledge reading needs: finding ids by coding, and the measurement reader. */
export interface ReadContext {
  /** Finding ids per "system|code" (catalog finding codes plus NumbDx's own finding code system). */
  findingsByCode: ReadonlyMap<string, readonly string[]>;
  knownFindingIds: ReadonlySet<string>;
  measurements: MeasurementReader;
  now: Date;
}

/** What one resource contributed. */
export interface ResourceReading {
  evidence: FindingEvidence[];
  unmapped: Unmapped[];
}
