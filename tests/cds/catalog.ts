// The real catalog as an in-memory snapshot, straight from the data files (no database).
import { loadCatalog } from '@/lib/catalog/files';
import { buildCatalogSnapshot } from '@/lib/catalog/snapshot-build';
import { snapshotDataFromFiles } from '@/lib/catalog/snapshot-from-files';
import { readKnowledgeOf } from '@/lib/fhir/knowledge';

export const snapshot = buildCatalogSnapshot(snapshotDataFromFiles(loadCatalog().data));
export const knowledge = readKnowledgeOf(snapshot);

/** A fixed clock for age arithmetic. */
export const NOW = new Date('2026-12-07T12:00:00Z');

const HPO = 'http://human-phenotype-ontology.org';
const LOINC = 'http://loinc.org';
const ICD = 'http://hl7.org/fhir/sid/icd-10-cm';
const INTERPRETATION = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';

/** An Observation coded with one HPO term. */
export const hpoObservation = (code: string, extra: Record<string, unknown> = {}) => ({
  resourceType: 'Observation' as const,
  status: 'final',
  code: { coding: [{ system: HPO, code }] },
  ...extra,
});

/** A numeric LOINC result with a UCUM unit. */
export const labObservation = (code: string, value: number, unit: string, extra: Record<string, unknown> = {}) => ({
  resourceType: 'Observation' as const,
  status: 'final',
  code: { coding: [{ system: LOINC, code }] },
  valueQuantity: { value, unit, system: 'http://unitsofmeasure.org', code: unit },
  ...extra,
});

/** An interpretation element with one v3 code (N, H, POS …). */
export const interpretation = (code: string) => [{ coding: [{ system: INTERPRETATION, code }] }];

/** An ICD-10-CM Condition, optionally with clinical and verification status. */
export const icdCondition = (code: string, status: { clinical?: string; verification?: string } = {}) => ({
  resourceType: 'Condition' as const,
  code: { coding: [{ system: ICD, code }] },
  ...(status.clinical ? { clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: status.clinical }] } } : {}),
  ...(status.verification
    ? { verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: status.verification }] } }
    : {}),
});
