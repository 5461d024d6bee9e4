import { describe, expect, it } from 'vitest';
import { caseFromFhir, recordOf } from '@/lib/fhir/case-from-fhir';
import type { InResource } from '@/lib/fhir/input-schema';
import { ageFromBirthDate } from '@/lib/fhir/read-patient';
import { NOW, hpoObservation, icdCondition, interpretation, knowledge, labObservation } from './catalog';

const read = (...resources: unknown[]) => caseFromFhir(recordOf(resources as InResource[]), knowledge, NOW);
const states = (...resources: unknown[]) => {
  const { present, absent } = read(...resources).case;
  return { present, absent };
};

describe('reading Observations', () => {
  it.each([
    ['an HPO-coded finding without a value is present', [hpoObservation('HP:0000016')], { present: ['urinary-retention'], absent: [] }],
    ['valueBoolean false marks it absent', [hpoObservation('HP:0001945', { valueBoolean: false })], { present: [], absent: ['fever'] }],
    ['interpretation N marks it absent', [hpoObservation('HP:0001945', { interpretation: interpretation('N') })], { present: [], absent: ['fever'] }],
    ['a SNOMED CT "No" answer marks it absent', [hpoObservation('HP:0001945', { valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '373067005' }] } })], { present: [], absent: ['fever'] }],
    ['HbA1c 10.4 % is above 9 % (and diabetic)', [labObservation('4548-4', 10.4, '%')], { present: ['hba1c-above-9'], absent: [] }],
    ['HbA1c 52 mmol/mol is diabetic, ruling out > 9 %', [labObservation('4548-4', 52, 'mmol/mol')], { present: ['hba1c-diabetic'], absent: [] }],
    ['HbA1c 5.2 % rules both out', [labObservation('4548-4', 5.2, '%')], { present: [], absent: ['hba1c-above-9', 'hba1c-diabetic'] }],
    ['CRP 5 mg/L is not raised', [labObservation('1988-5', 5, 'mg/L')], { present: [], absent: ['inflammatory-markers-raised'] }],
    ['CRP >5 mg/L is raised: the comparator counts', [labObservation('1988-5', 5, 'mg/L', { valueQuantity: { value: 5, comparator: '>', unit: 'mg/L', system: 'http://unitsofmeasure.org', code: 'mg/L' } })], { present: ['inflammatory-markers-raised'], absent: [] }],
    ['eGFR 9 with only the UCUM code mL/min/{1.73_m2} is severely reduced', [labObservation('98979-8', 9, 'mL/min/{1.73_m2}')], { present: ['egfr-severely-reduced'], absent: [] }],
    ['B12 140 pg/mL is low', [labObservation('2132-9', 140, 'pg/mL')], { present: ['b12-low'], absent: [] }],
    ['eGFR 9 is severely reduced', [labObservation('98979-8', 9, 'mL/min/{1.73_m2}', { valueQuantity: { value: 9, unit: 'mL/min/1.73m2' } })], { present: ['egfr-severely-reduced'], absent: [] }],
    ['a LOINC result flagged normal without a value rules its findings out', [{ ...labObservation('2132-9', 0, ''), valueQuantity: undefined, interpretation: interpretation('N') }], { present: [], absent: ['b12-low', 'b12-borderline'] }],
    ['a negative qualitative test (ANA) is absent', [{ ...labObservation('8061-4', 0, ''), valueQuantity: undefined, valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '260385009' }] } }], { present: [], absent: ['ana-positive'] }],
    ['an entered-in-error Observation is not read', [hpoObservation('HP:0000016', { status: 'entered-in-error' })], { present: [], absent: [] }],
    ['present beats absent for the same finding', [hpoObservation('HP:0001945', { valueBoolean: false }), hpoObservation('HP:0001945', { valueBoolean: true })], { present: ['fever'], absent: [] }],
  ])('%s', (_what, resources, expected) => {
    expect(states(...resources)).toEqual(expected);
  });

  it('names what it cannot read: unknown codes, units without a threshold, and HPO terms several findings share', () => {
    const { unmapped, case: entered } = read(
      labObservation('2093-3', 5.1, 'mmol/L'),
      labObservation('2132-9', 140, 'mg'),
      hpoObservation('HP:0040217'),
    );
    expect(entered.present).toEqual([]);
    expect(unmapped.map((u) => [u.codes[0], u.reason])).toEqual([
      ['LOINC 2093-3', 'no catalog finding for this LOINC code'],
      ['LOINC 2132-9', 'no threshold for this unit (140 mg)'],
      ['HPO HP:0040217', expect.stringContaining('matches several findings (hba1c-diabetic, hba1c-above-9)')],
    ]);
  });

  it('reads an absent shared HPO term as every finding it names being absent', () => {
    expect(states(hpoObservation('HP:0040217', { valueBoolean: false })).absent).toEqual(['hba1c-diabetic', 'hba1c-above-9']);
  });
});

describe('reading Conditions', () => {
  it.each([
    ['E11.9 is diabetes', [icdCondition('E11.9')], { present: ['diabetes'], absent: [] }],
    ['E08.42 (the first code of the E08-E13 range) is diabetes', [icdCondition('E08.42')], { present: ['diabetes'], absent: [] }],
    ['E13.9 (the last) is diabetes', [icdCondition('E13.9')], { present: ['diabetes'], absent: [] }],
    ['E14 is not in ICD-10-CM and is not diabetes', [icdCondition('E14.9')], { present: [], absent: [] }],
    ['N18.6 is CKD/dialysis', [icdCondition('N18.6')], { present: ['ckd-dialysis'], absent: [] }],
    ['Z99.2 is CKD/dialysis', [icdCondition('Z99.2')], { present: ['ckd-dialysis'], absent: [] }],
    ['N18.3 is not (stage 3)', [icdCondition('N18.30')], { present: [], absent: [] }],
    ['C50.911 is a history of cancer', [icdCondition('C50.911')], { present: ['cancer-history'], absent: [] }],
    ['C44.91 (skin) is not', [icdCondition('C44.91')], { present: [], absent: [] }],
    ['a refuted diagnosis is absent', [icdCondition('E11.9', { verification: 'refuted' })], { present: [], absent: ['diabetes'] }],
    ['a differential diagnosis is not used', [icdCondition('E11.9', { verification: 'differential' })], { present: [], absent: [] }],
    ['a resolved cancer is still history', [icdCondition('C50.911', { clinical: 'resolved' })], { present: ['cancer-history'], absent: [] }],
    ['resolved hypertension no longer counts', [icdCondition('I10', { clinical: 'resolved' })], { present: [], absent: [] }],
    ['an HPO term on the problem list is its finding', [{ resourceType: 'Condition', code: { coding: [{ system: 'http://human-phenotype-ontology.org', code: 'HP:0000819' }] } }], { present: ['diabetes'], absent: [] }],
    ['an HPO term several findings share is not guessed', [{ resourceType: 'Condition', code: { coding: [{ system: 'http://human-phenotype-ontology.org', code: 'HP:0040217' }] } }], { present: [], absent: [] }],
    ['SNOMED CT 86406008 (a code the catalog carries) is HIV', [{ resourceType: 'Condition', code: { coding: [{ system: 'http://snomed.info/sct', code: '86406008' }] } }], { present: ['hiv'], absent: [] }],
  ])('%s', (_what, resources, expected) => {
    expect(states(...resources)).toEqual(expected);
  });

  it('names every Condition it did not use, with the reason', () => {
    const { unmapped } = read(icdCondition('J45.909'), icdCondition('I10', { clinical: 'resolved' }), icdCondition('E11.9', { verification: 'provisional' }));
    expect(unmapped.map((u) => [u.codes[0], u.reason])).toEqual([
      ['ICD-10-CM J45.909', 'no catalog finding for this code'],
      ['ICD-10-CM I10', 'clinical status "resolved": no longer counts as this history'],
      ['ICD-10-CM E11.9', 'verification status "provisional" is not a confirmed diagnosis'],
    ]);
  });
});

describe('age and sex', () => {
  it.each([
    ['1950-12-07', 76],
    ['1950-12-08', 75],
    ['1950-12', 75],
    ['1950', 75],
    ['1950-06', 76],
    ['2024-02-29', 2],
  ])('born %s is %i on 2026-12-07', (birthDate, age) => {
    expect(ageFromBirthDate(birthDate, NOW)).toBe(age);
  });

  it('takes gender male/female as the sex and names other genders and impossible ages', () => {
    expect(read({ resourceType: 'Patient', birthDate: '1960-01-01', gender: 'female' }).case).toMatchObject({ age: 66, sex: 'female' });
    const other = read({ resourceType: 'Patient', birthDate: '1800-01-01', gender: 'other' });
    expect(other.case).toEqual({ present: [], absent: [] });
    expect(other.unmapped.map((u) => u.reason)).toEqual(['age 226 is outside 0-120', 'sex-specific priors are not applied']);
  });
});
