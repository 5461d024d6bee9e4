// The CDS services NumbDx offers (CDS Hooks discovery): one differential of lower-limb numbness,
// called when a chart is opened (patient-view) or an encounter starts (encounter-start).
// Prefetch asks for the three things the differential reads: demographics, results, problems.

/** The prefetch templates, by key; the same keys name the prefetched data in a call. */
export const PREFETCH = {
  patient: 'Patient/{{context.patientId}}',
  observations: 'Observation?patient={{context.patientId}}&_sort=-date&_count=200',
  conditions: 'Condition?patient={{context.patientId}}',
} as const;
export type PrefetchKey = keyof typeof PREFETCH;

/** A service as discovery lists it. */
export interface CdsService {
  hook: string;
  id: string;
  title: string;
  description: string;
  prefetch: Record<PrefetchKey, string>;
  usageRequirements: string;
}

const DESCRIPTION =
  'Differential diagnosis of lower-limb numbness from the coded record: HPO- and SNOMED CT-coded findings, ' +
  'LOINC results read through NumbDx thresholds, ICD-10-CM problems as history, age and sex. Returns a critical ' +
  'card per emergency red flag, a card with the leading causes and the workup (draft ServiceRequests to accept), ' +
  'and a link that opens the case in NumbDx. Decision support for clinicians, not a diagnosis.';

const USAGE =
  'Provide the prefetch, or fhirServer with fhirAuthorization (read access to Patient, Observation and Condition) ' +
  'for a FHIR server the NumbDx operator has allowed. NumbDx stores and logs no patient data.';

/** Every service NumbDx hosts, in discovery order. */
export const CDS_SERVICES: readonly CdsService[] = [
  { hook: 'patient-view', id: 'lower-limb-numbness', title: 'NumbDx: lower-limb numbness differential', description: DESCRIPTION, prefetch: PREFETCH, usageRequirements: USAGE },
  {
    hook: 'encounter-start',
    id: 'lower-limb-numbness-encounter',
    title: 'NumbDx: lower-limb numbness differential at encounter start',
    description: DESCRIPTION,
    prefetch: PREFETCH,
    usageRequirements: USAGE,
  },
];

/** The service with this id, if NumbDx hosts it. */
export function findService(id: string): CdsService | undefined {
  return CDS_SERVICES.find((s) => s.id === id);
}

/** The discovery response body: `{ services: [...] }`. */
export function discoveryResponse(): { services: CdsService[] } {
  return { services: CDS_SERVICES.map((s) => ({ ...s, prefetch: { ...s.prefetch } })) };
}
