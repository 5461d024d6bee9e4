// FHIR resources to a NumbDx case: every Observation and Condition read to finding states, age
// and sex from the Patient. Pure: the catalog's code index and the measurement reader come in.
import type { Sex } from '../engine/types';
import { MAX_CASE_FINDINGS } from '../schemas/api';
import { NUMBDX_FINDING_SYSTEM } from './codes';
import { codeKey } from './coding-text';
import type { InCondition, InObservation, InPatient, InResource } from './input-schema';
import type { MeasurementReader } from './lab-results';
import { readCondition } from './read-condition';
import { readObservation } from './read-observation';
import { readPatientFacts } from './read-patient';
import type { FindingEvidence, ReadContext, Unmapped } from './read-types';

export type { FindingEvidence, Unmapped } from './read-types';

/** The resources of one patient, sorted by type. */
export interface PatientRecord {
  patient?: InPatient;
  observations: InObservation[];
  conditions: InCondition[];
  /** Resource types present but not read (e.g. ServiceRequest), with their counts. */
  otherTypes: Record<string, number>;
}

/** The case read from FHIR, with where each finding came from and what could not be used. */
export interface CaseFromFhir {
  case: { present: string[]; absent: string[]; age?: number; sex?: Sex };
  evidence: FindingEvidence[];
  unmapped: Unmapped[];
}

/** Sorts resources into a PatientRecord (the first Patient wins; OperationOutcomes are the caller's concern). */
export function recordOf(resources: readonly InResource[]): PatientRecord {
  const record: PatientRecord = { observations: [], conditions: [], otherTypes: {} };
  for (const resource of resources) {
    if (resource.resourceType === 'Patient') record.patient ??= resource as InPatient;
    else if (resource.resourceType === 'Observation') record.observations.push(resource as InObservation);
    else if (resource.resourceType === 'Condition') record.conditions.push(resource as InCondition);
    else if (resource.resourceType !== 'OperationOutcome') record.otherTypes[resource.resourceType] = (record.otherTypes[resource.resourceType] ?? 0) + 1;
  }
  return record;
}

/** The code index: every catalog finding code, plus NumbDx's own finding code system. */
export function findingCodeIndex(findings: readonly { id: string; codes: readonly { system: string; code: string }[] }[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const add = (key: string, id: string) => index.set(key, [...(index.get(key) ?? []), id]);
  for (const finding of findings) {
    add(codeKey(NUMBDX_FINDING_SYSTEM, finding.id), finding.id);
    for (const coding of finding.codes) add(codeKey(coding.system, coding.code), finding.id);
  }
  return index;
}

/** Reads a patient's record into a case. A finding seen both ways counts as present. */
export function caseFromFhir(
  record: PatientRecord,
  knowledge: { findingsByCode: ReadonlyMap<string, readonly string[]>; knownFindingIds: ReadonlySet<string>; measurements: MeasurementReader },
  now: Date,
): CaseFromFhir {
  const context: ReadContext = { ...knowledge, now };
  const readings = [...record.observations.map((o) => readObservation(o, context)), ...record.conditions.map((c) => readCondition(c, context))];
  const evidence = readings.flatMap((r) => r.evidence);
  const facts = readPatientFacts(record.patient, record.observations, now);
  const unmapped = [...facts.unmapped, ...readings.flatMap((r) => r.unmapped)];

  // Present wins over absent: an abnormal result or a recorded diagnosis is never hidden by
  // another, normal one (the clinician sees both sources in the card).
  const present = [...new Set(evidence.filter((e) => e.state === 'present').map((e) => e.findingId))];
  const presentSet = new Set(present);
  const absent = [...new Set(evidence.filter((e) => e.state === 'absent' && !presentSet.has(e.findingId)).map((e) => e.findingId))];
  const keptAbsent = absent.slice(0, Math.max(0, MAX_CASE_FINDINGS - present.length));
  const keptPresent = present.slice(0, MAX_CASE_FINDINGS);
  const dropped = [...present.slice(MAX_CASE_FINDINGS), ...absent.slice(keptAbsent.length)];
  if (dropped.length > 0) {
    unmapped.push({ resourceType: 'case', codes: dropped, reason: `NumbDx reads at most ${MAX_CASE_FINDINGS} findings per case` });
  }
  for (const [type, count] of Object.entries(record.otherTypes)) {
    unmapped.push({ resourceType: type, codes: [`${count} resource${count === 1 ? '' : 's'}`], reason: 'resource type not read by NumbDx' });
  }
  return {
    case: { present: keptPresent, absent: keptAbsent, ...(facts.age !== undefined ? { age: facts.age } : {}), ...(facts.sex ? { sex: facts.sex } : {}) },
    evidence,
    unmapped,
  };
}
