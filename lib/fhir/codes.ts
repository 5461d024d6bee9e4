// FHIR code systems and NumbDx's own canonical URLs used in exported bundles.
import type { FindingKind } from '../engine/types';
import type { CodeableConcept, Reference } from './types';

export const CONDITION_VER_STATUS = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
export const CONDITION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/condition-category';
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';

/**
 * Base of NumbDx's own FHIR definitions. There is no published implementation guide yet; the
 * URL names the project and is stable, so receivers can recognise the extension.
 */
export const NUMBDX_FHIR_BASE = 'https://numbdx.org/fhir';
/** Extension on Condition: the engine's posterior probability (decimal 0-1) among the catalog's causes. */
export const PROBABILITY_EXTENSION = `${NUMBDX_FHIR_BASE}/StructureDefinition/differential-probability`;

/** The subject of every resource: display only, since NumbDx stores and sends no patient identity. */
export const ANONYMOUS_SUBJECT: Reference = { display: 'Unidentified patient (NumbDx stores no patient data)' };

export const DIFFERENTIAL_VERIFICATION: CodeableConcept = {
  coding: [{ system: CONDITION_VER_STATUS, code: 'differential', display: 'Differential' }],
};

export const ENCOUNTER_DIAGNOSIS: CodeableConcept = {
  coding: [{ system: CONDITION_CATEGORY, code: 'encounter-diagnosis', display: 'Encounter Diagnosis' }],
};

// Observation categories for finding kinds that have an obvious one; symptoms and history have none.
const CATEGORY_BY_KIND: Partial<Record<FindingKind, { code: string; display: string }>> = {
  sign: { code: 'exam', display: 'Exam' },
  lab: { code: 'laboratory', display: 'Laboratory' },
  imaging: { code: 'imaging', display: 'Imaging' },
  neurophysiology: { code: 'procedure', display: 'Procedure' },
};

/** The Observation category for a finding kind, if it has one. */
export function observationCategory(kind: FindingKind): CodeableConcept[] | undefined {
  const category = CATEGORY_BY_KIND[kind];
  return category ? [{ coding: [{ system: OBSERVATION_CATEGORY, ...category }] }] : undefined;
}

/** NumbDx's own code system for findings (code = finding id): lets an exported bundle be read back exactly. */
export const NUMBDX_FINDING_SYSTEM = `${NUMBDX_FHIR_BASE}/CodeSystem/finding`;
export const OBSERVATION_INTERPRETATION = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
export const CONDITION_CLINICAL_STATUS = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
export const UCUM = 'http://unitsofmeasure.org';
/** LOINC 30525-0 "Age": how an exported bundle carries the age NumbDx was given (no birth date is known). */
export const AGE_LOINC = '30525-0';
