// Age and sex in an exported bundle: a Patient holding only a gender, and an Observation
// LOINC 30525-0 "Age" in years (UCUM "a"). No name, identifier or birth date: NumbDx has none.
import { LOINC } from '../terminology';
import type { Sex } from '../engine/types';
import { AGE_LOINC, ANONYMOUS_SUBJECT, UCUM } from './codes';
import type { BundleEntry, Observation, Patient, Reference } from './types';

/** Adds the Patient (when the sex is known) and the Age Observation (when the age is) through `add`. */
export function addPatientFacts(entered: { age?: number; sex?: Sex }, at: string, add: (resource: BundleEntry['resource']) => Reference): void {
  if (entered.sex) {
    const patient: Patient = { resourceType: 'Patient', gender: entered.sex };
    add(patient);
  }
  if (entered.age !== undefined) {
    const age: Observation = {
      resourceType: 'Observation',
      status: 'final',
      code: { coding: [{ system: LOINC, code: AGE_LOINC, display: 'Age' }], text: 'Age' },
      subject: ANONYMOUS_SUBJECT,
      effectiveDateTime: at,
      valueQuantity: { value: entered.age, unit: 'years', system: UCUM, code: 'a' },
    };
    add(age);
  }
}
