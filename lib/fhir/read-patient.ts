// Age and sex: the Patient's birthDate (relative to now) and gender, or, in a NumbDx export
// that knows no birth date, the LOINC 30525-0 "Age" Observation.
import type { Sex } from '../engine/types';
import { LOINC } from '../terminology';
import { AGE_LOINC } from './codes';
import type { InObservation, InPatient } from './input-schema';
import type { Unmapped } from './read-types';

/** Whole years from a FHIR date to `now`; a partial date gives the least age it allows. */
export function ageFromBirthDate(birthDate: string, now: Date): number {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number?, number?];
  // Missing parts are taken as late as possible (31 December, last day of the month).
  const m = month ?? 12;
  const d = day ?? new Date(Date.UTC(year, m, 0)).getUTCDate();
  const nowMonth = now.getUTCMonth() + 1;
  const hadBirthday = nowMonth > m || (nowMonth === m && now.getUTCDate() >= d);
  return now.getUTCFullYear() - year - (hadBirthday ? 0 : 1);
}

const YEAR_UNITS = new Set(['a', 'yr', 'year', 'years', 'y']);

/** The age an "Age" Observation states in years, if it does. */
function ageObservationYears(observations: readonly InObservation[]): number | undefined {
  const age = observations.find((o) => o.code.coding?.some((c) => c.system === LOINC && c.code === AGE_LOINC));
  const q = age?.valueQuantity;
  if (q?.value === undefined || !YEAR_UNITS.has((q.code ?? q.unit ?? '').toLowerCase())) return undefined;
  return Math.floor(q.value);
}

/** Age and sex for the case, with anything unusable named. */
export function readPatientFacts(
  patient: InPatient | undefined,
  observations: readonly InObservation[],
  now: Date,
): { age?: number; sex?: Sex; unmapped: Unmapped[] } {
  const unmapped: Unmapped[] = [];
  let age = patient?.birthDate ? ageFromBirthDate(patient.birthDate, now) : ageObservationYears(observations);
  if (age !== undefined && (age < 0 || age > 120)) {
    unmapped.push({ resourceType: 'Patient', codes: [`birthDate ${patient?.birthDate ?? ''}`.trim()], reason: `age ${age} is outside 0-120` });
    age = undefined;
  }
  const gender = patient?.gender;
  const sex: Sex | undefined = gender === 'female' || gender === 'male' ? gender : undefined;
  if (gender && !sex) unmapped.push({ resourceType: 'Patient', codes: [`gender ${gender}`], reason: 'sex-specific priors are not applied' });
  return { ...(age !== undefined ? { age } : {}), ...(sex ? { sex } : {}), unmapped };
}
