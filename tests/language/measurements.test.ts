import { describe, expect, it } from 'vitest';
import { findingsFromMeasurement, measurementsInText, normaliseUnit } from '../../lib/language/measurements';

const states = (input: Parameters<typeof findingsFromMeasurement>[0]) =>
  Object.fromEntries(findingsFromMeasurement(input).map((f) => [f.findingId, f.state]));

describe('findingsFromMeasurement', () => {
  it.each<[string, Parameters<typeof findingsFromMeasurement>[0], Record<string, string>]>([
    ['HbA1c in % (DCCT) converted to mmol/mol', { analyte: 'HbA1c', value: 10.4, unit: '%' }, { 'hba1c-above-9': 'present' }],
    ['HbA1c in mmol/mol', { analyte: 'A1c', value: 86, unit: 'mmol/mol' }, { 'hba1c-above-9': 'present' }],
    ['HbA1c diabetic but not above 9 %', { analyte: 'hba1c', value: 58 }, { 'hba1c-diabetic': 'present' }],
    ['HbA1c normal rules both out', { loinc: '4548-4', value: 5.2, unit: '%' }, { 'hba1c-above-9': 'absent', 'hba1c-diabetic': 'absent' }],
    ['B12 in ng/L (= pg/mL) converted to pmol/L', { analyte: 'B12', value: 140, unit: 'ng/L' }, { 'b12-low': 'present' }],
    ['B12 in pg/mL', { loinc: '2132-9', value: 140, unit: 'pg/mL' }, { 'b12-low': 'present' }],
    ['B12 borderline in pmol/L', { analyte: 'vitamin B12', value: 190, unit: 'pmol/L' }, { 'b12-low': 'absent', 'b12-borderline': 'present' }],
    ['B12 normal', { analyte: 'B12', value: 420, unit: 'ng/L' }, { 'b12-low': 'absent', 'b12-borderline': 'absent' }],
    ['eGFR without a unit', { analyte: 'eGFR', value: 9 }, { 'egfr-severely-reduced': 'present' }],
    ['eGFR by LOINC (CKD-EPI 2021)', { loinc: '98979-8', value: 85, unit: 'mL/min/1.73m2' }, { 'egfr-severely-reduced': 'absent' }],
    ['ABI', { analyte: 'ABI', value: 0.55 }, { 'abi-low': 'present' }],
    ['ABI normal', { analyte: 'ABPI', value: 1.1 }, { 'abi-low': 'absent' }],
    ['CRP', { analyte: 'CRP', value: 180 }, { 'inflammatory-markers-raised': 'present' }],
    ['CRP in mg/dL', { loinc: '1988-5', value: 0.3, unit: 'mg/dL' }, { 'inflammatory-markers-raised': 'absent' }],
    ['TSH', { analyte: 'TSH', value: 18 }, { 'tsh-raised': 'present' }],
    ['CSF protein in g/L', { analyte: 'CSF protein', value: 1.2, unit: 'g/L' }, { 'csf-albuminocytologic': 'present' }],
    ['CSF protein in mg/dL', { loinc: '2880-3', value: 30, unit: 'mg/dL' }, { 'csf-albuminocytologic': 'absent' }],
    ['fasting glucose in mg/dL', { analyte: 'FBG', value: 140, unit: 'mg/dL' }, { 'fasting-glucose-high': 'present' }],
    ['temperature in °F', { analyte: 'temperature', value: 101.3, unit: '°F' }, { fever: 'present' }],
    ['a comparator: CRP <5', { analyte: 'CRP', value: 5, comparator: '<' }, { 'inflammatory-markers-raised': 'absent' }],
    ['a value between the bounds implies nothing', { analyte: 'ESR', value: 25 }, {}],
  ])('%s', (_, input, expected) => {
    expect(states(input)).toEqual(expected);
  });

  it.each([
    ['an unknown analyte', { analyte: 'troponin', value: 5 }],
    ['a unit the analyte does not have', { analyte: 'HbA1c', value: 7, unit: 'mg/dL' }],
    ['an unknown LOINC code', { loinc: '1234-5', value: 1 }],
    ['a value that is not a number', { analyte: 'CRP', value: Number.NaN }],
  ])('gives nothing for %s', (_, input) => {
    expect(findingsFromMeasurement(input)).toEqual([]);
  });

  it('reports the value in the unit the thresholds use', () => {
    expect(findingsFromMeasurement({ analyte: 'B12', value: 200, unit: 'pg/mL' })[0]).toMatchObject({ analyteId: 'vitamin-b12', unit: 'pmol/L', value: 147.6 });
  });
});

describe('normaliseUnit', () => {
  it.each([
    ['µmol/L', 'umol/l'],
    ['micromol/L', 'umol/l'],
    ['mcg/L', 'ug/l'],
    ['x10^9/L', '10^9/l'],
    ['×10⁹/L', '10^9/l'],
    ['mm/hr', 'mm/h'],
    ['mL/min/1.73 m²', 'ml/min/1.73m2'],
  ])('%s → %s', (unit, expected) => {
    expect(normaliseUnit(unit)).toBe(expected);
  });
});

describe('measurementsInText', () => {
  it.each<[string, Record<string, string>, string]>([
    ['HbA1c 10.4 %', { 'hba1c-above-9': 'present' }, 'HbA1c 10.4 %'],
    ['Bloods: B12 was 140 ng/L.', { 'b12-low': 'present' }, 'B12 was 140 ng/L'],
    ['eGFR: 9', { 'egfr-severely-reduced': 'present' }, 'eGFR: 9'],
    ['CSF protein 1.2 g/L, cells 2', { 'csf-albuminocytologic': 'present' }, 'CSF protein 1.2 g/L'],
    ['CRP <5', { 'inflammatory-markers-raised': 'absent' }, 'CRP <5'],
    ['EtOH 80 units/wk', { 'alcohol-excess': 'present' }, 'EtOH 80 units/wk'],
    ['sensory level at T 6', {}, ''],
    ['drinks 6 pints/night', { 'alcohol-excess': 'present' }, 'drinks 6 pints/night'],
    ['drinks 2 glasses/day', { 'alcohol-excess': 'present' }, 'drinks 2 glasses/day'],
    // A count of drinks with no rate is not units a week: it is not read (6 units a week would deny heavy drinking).
    ['drinks 6 pints of beer', {}, ''],
    // A rate in a drink unit the analyte cannot convert is not read either.
    ['drinks 3 cans/hour', {}, ''],
    ['eGFR 45 ml/min', { 'egfr-severely-reduced': 'absent' }, ''],
  ])('"%s"', (text, expected, span) => {
    const found = measurementsInText(text);
    expect(Object.fromEntries(found.flatMap((m) => m.findings.map((f) => [f.findingId, f.state])))).toEqual(expected);
    if (span) expect(text.slice(found[0]!.start, found[0]!.end)).toBe(span);
  });
});
