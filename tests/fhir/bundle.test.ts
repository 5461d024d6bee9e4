import { describe, expect, it } from 'vitest';
import { computeDifferential } from '../../lib/engine/differential';
import { buildDifferentialBundle, type DifferentialBundleInput } from '../../lib/fhir/bundle';
import { CONDITION_VER_STATUS, NUMBDX_FINDING_SYSTEM, PROBABILITY_EXTENSION } from '../../lib/fhir/codes';
import type { Bundle, ClinicalImpression, Condition, Observation, Patient, ServiceRequest } from '../../lib/fhir/types';
import { HPO, ICD10CM, LOINC } from '../../lib/terminology';
import { fixtureCatalog, fixtureIndex } from '../engine/fixture';
import { zBundle, zUrnUuid } from './r4-schema';

const HPO_CODES: Record<string, { code: string; display: string }> = {
  'saddle-anaesthesia': { code: 'HP:0040243', display: 'Saddle anesthesia' },
  'areflexia-generalised': { code: 'HP:0001284', display: 'Areflexia' },
};

function bundleFor(entered: DifferentialBundleInput['entered']): Bundle {
  let n = 0;
  return buildDifferentialBundle({
    entered,
    differential: computeDifferential(fixtureIndex, { present: [...entered.present], absent: [...entered.absent], age: entered.age, sex: entered.sex }),
    findingOf: (id) => {
      const finding = fixtureIndex.findingById.get(id)!.finding;
      const hpo = HPO_CODES[id];
      return { label: finding.label, kind: finding.kind, codes: hpo ? [{ system: HPO, ...hpo }] : [] };
    },
    causeCodesOf: (id) => fixtureCatalog.causes.find((c) => c.id === id)!.icd10.map((code) => ({ system: ICD10CM, code, display: code })),
    now: new Date('2026-11-29T10:00:00Z'),
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  });
}

const ofType = <T extends Bundle['entry'][number]['resource']>(bundle: Bundle, type: T['resourceType']) =>
  bundle.entry.filter((e) => e.resource.resourceType === type).map((e) => e.resource as T);

describe('buildDifferentialBundle', () => {
  // Saddle anaesthesia fires the cauda equina alert while diabetes makes neuropathy the likeliest cause.
  const entered = {
    present: ['saddle-anaesthesia', 'diabetes', 'hba1c-diabetic', 'numbness-feet-bilateral'],
    absent: ['areflexia-generalised', 'radiating-leg-pain'],
    age: 52,
    sex: 'female' as const,
  };
  const bundle = bundleFor(entered);

  it('is a valid R4 collection bundle whose references all resolve inside it', () => {
    const parsed = zBundle.safeParse(bundle);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(bundle.type).toBe('collection');
    const fullUrls = new Set(bundle.entry.map((e) => e.fullUrl));
    for (const entry of bundle.entry) {
      expect(zUrnUuid.safeParse(entry.fullUrl).success).toBe(true);
      expect(entry.fullUrl).toBe(`urn:uuid:${entry.resource.id}`);
    }
    const references = JSON.stringify(bundle).match(/"reference":"[^"]+"/g) ?? [];
    expect(references.length).toBeGreaterThan(0);
    for (const ref of references) expect(fullUrls.has(ref.slice(13, -1))).toBe(true);
  });

  it('records every entered finding as an Observation: true when present, false when absent', () => {
    const observations = ofType<Observation>(bundle, 'Observation');
    expect(observations.map((o) => [o.code.text, o.valueBoolean])).toEqual([
      ['Saddle anaesthesia', true],
      ['Known diabetes', true],
      ['HbA1c ≥ 6.5 %', true],
      ['Numbness of both feet', true],
      ['Generalised areflexia', false],
      ['Pain radiating down the leg', false],
      ['Age', undefined],
    ]);
    expect(observations[4]!.code.coding).toEqual([
      { system: HPO, code: 'HP:0001284', display: 'Areflexia' },
      { system: NUMBDX_FINDING_SYSTEM, code: 'areflexia-generalised', display: 'Generalised areflexia' },
    ]);
  });

  it('carries the age as a LOINC Age Observation in years and the sex as a Patient with only a gender', () => {
    const age = ofType<Observation>(bundle, 'Observation').find((o) => o.code.coding?.[0]?.code === '30525-0');
    expect(age?.code.coding?.[0]).toEqual({ system: LOINC, code: '30525-0', display: 'Age' });
    expect(age?.valueQuantity).toEqual({ value: 52, unit: 'years', system: 'http://unitsofmeasure.org', code: 'a' });
    expect(ofType<Patient>(bundle, 'Patient')).toEqual([{ resourceType: 'Patient', id: expect.any(String), gender: 'female' }]);
    expect(ofType<Patient>(bundleFor({ present: [], absent: [] }), 'Patient')).toEqual([]);
  });

  it('lists present findings (HPO-coded) in the ClinicalImpression and absent ones as pertinent negatives', () => {
    const [impression] = ofType<ClinicalImpression>(bundle, 'ClinicalImpression');
    expect(bundle.entry[0]!.resource.resourceType).toBe('ClinicalImpression');
    expect(impression!.subject).toEqual({ display: expect.stringContaining('no patient data') });
    expect(impression!.finding).toHaveLength(4);
    expect(impression!.finding![0]!.itemCodeableConcept!.coding![0]).toMatchObject({ system: HPO, code: 'HP:0040243' });
    const negatives = impression!.investigation!.find((i) => i.code.text!.includes('absent'))!;
    expect(negatives.item!.map((r) => r.display)).toEqual(['Generalised areflexia', 'Pain radiating down the leg']);
    expect(impression!.note!.map((n) => n.text).join(' ')).toContain('Pertinent negatives (absent): Generalised areflexia; Pain radiating down the leg.');
    expect(impression!.description).toContain('52 years, female');
    expect(impression!.problem).toHaveLength(ofType<Condition>(bundle, 'Condition').length);
  });

  it('gives each leading or can\'t-miss cause a differential Condition with ICD-10-CM and its probability', () => {
    const conditions = ofType<Condition>(bundle, 'Condition');
    const differential = computeDifferential(fixtureIndex, entered);
    expect(conditions.map((c) => c.code!.text)).toContain('Cauda equina syndrome');
    for (const condition of conditions) {
      expect(condition.verificationStatus!.coding).toEqual([{ system: CONDITION_VER_STATUS, code: 'differential', display: 'Differential' }]);
      expect(condition.code!.coding!.every((c) => c.system === ICD10CM)).toBe(true);
      const cause = differential.causes.find((c) => c.name === condition.code!.text)!;
      expect(condition.extension).toEqual([{ url: PROBABILITY_EXTENSION, valueDecimal: expect.closeTo(cause.probability, 6) }]);
      expect(condition.note![0]!.text).toMatch(/posterior probability \d/);
    }
  });

  it('proposes one draft ServiceRequest per workup test, LOINC-coded where the test has a code', () => {
    const requests = ofType<ServiceRequest>(bundle, 'ServiceRequest');
    const workup = computeDifferential(fixtureIndex, entered).workup;
    expect(requests.map((r) => r.code!.text)).toEqual(workup.map((w) => w.name));
    expect(requests.every((r) => r.status === 'draft' && r.intent === 'proposal')).toBe(true);
    expect(requests.find((r) => r.code!.text === 'HbA1c')!.code!.coding).toEqual([expect.objectContaining({ system: LOINC, code: '4548-4' })]);
    // The emergency alert's tests are stat although cauda equina is unlikely; the rest routine.
    expect(requests.find((r) => r.code!.text === 'Post-void bladder scan')!.priority).toBe('stat');
    expect(requests.find((r) => r.code!.text === 'HbA1c')!.priority).toBe('routine');
  });

  it('is valid for an empty case too', () => {
    const empty = bundleFor({ present: [], absent: [] });
    const parsed = zBundle.safeParse(empty);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(ofType<Observation>(empty, 'Observation')).toEqual([]);
  });
});

describe('the R4 description used above', () => {
  type Editable = { type: string; entry: { fullUrl: string; resource: Record<string, unknown> }[] };
  const valid = bundleFor({ present: ['saddle-anaesthesia'], absent: [] });
  const accepts = (change: (b: Editable) => void) => {
    const copy = structuredClone(valid) as unknown as Editable;
    change(copy);
    return zBundle.safeParse(copy).success;
  };

  it('accepts the unchanged bundle', () => expect(accepts(() => undefined)).toBe(true));

  it.each<[string, (b: Editable) => void]>([
    ['a ServiceRequest status outside its value set', (b) => (b.entry.at(-1)!.resource.status = 'final')],
    ['a Condition without subject', (b) => delete b.entry.find((e) => e.resource.resourceType === 'Condition')!.resource.subject],
    ['an empty array', (b) => (b.entry[0]!.resource.note = [])],
    ['a fullUrl that is not a URI', (b) => (b.entry[0]!.fullUrl = 'not a uri')],
    ['a misspelt element', (b) => (b.entry[1]!.resource.valueBool = true)],
    ['a bundle type outside its value set', (b) => (b.type = 'bag')],
  ])('rejects %s', (_, change) => {
    expect(accepts(change)).toBe(false);
  });
});
