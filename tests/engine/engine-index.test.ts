import { describe, expect, it } from 'vitest';
import { buildEngineIndex, isListed, probabilityAt } from '../../lib/engine/engine-index';
import { valueAt } from '../../lib/engine/sparse';
import { LEAK_FLOOR, LEAK_FRACTION, PROBABILITY_CEILING, PROBABILITY_FLOOR, PREVALENCE_TIER_WEIGHT } from '../../lib/engine/parameters';
import type { EngineCatalog } from '../../lib/engine/types';
import { cause, finding, fixtureCatalog, fixtureIndex, smallCatalog, testLink } from './fixture';

describe('buildEngineIndex', () => {
  it('indexes every cause, finding and test by id, causes by catalog position', () => {
    expect(fixtureIndex.causes.map((c) => c.cause.id)).toEqual(fixtureCatalog.causes.map((c) => c.id));
    fixtureIndex.causes.forEach((model, i) => expect(model.position).toBe(i));
    expect(fixtureIndex.findingById.size).toBe(fixtureCatalog.findings.length);
    expect(fixtureIndex.testById.get('hba1c')?.kind).toBe('lab');
    expect(fixtureIndex.causeById.get('cauda-equina-syndrome')?.findingProbability.get('saddle-anaesthesia')).toBe(0.75);
  });

  it('stores ln P(f|c) for present and absent, and the leak for a finding the cause does not list', () => {
    const saddle = fixtureIndex.findingById.get('saddle-anaesthesia')!;
    const ces = fixtureIndex.causeById.get('cauda-equina-syndrome')!.position;
    const limb = fixtureIndex.causeById.get('acute-limb-ischaemia')!.position;
    expect(valueAt(saddle.logPresent, ces)).toBeCloseTo(Math.log(0.75), 12);
    expect(valueAt(saddle.logAbsent, ces)).toBeCloseTo(Math.log(0.25), 12);
    expect(isListed(saddle, ces)).toBe(true);
    expect(isListed(saddle, limb)).toBe(false);
    const leak = Math.min(0.03, Math.max(LEAK_FLOOR, LEAK_FRACTION.symptom * 0.03));
    expect(saddle.leak).toBeCloseTo(leak, 12);
    expect(probabilityAt(saddle, limb)).toBeCloseTo(leak, 12);
  });

  it('computes P(f) per setting as the prior-weighted mixture of P(f|c)', () => {
    for (const model of fixtureIndex.findings) {
      for (const setting of ['primary_care', 'emergency', 'neurology'] as const) {
        const prior = fixtureIndex.logSettingPrior[setting];
        const expected = fixtureIndex.causes.reduce((sum, c) => sum + Math.exp(prior[c.position]!) * probabilityAt(model, c.position), 0);
        expect(model.marginal[setting]).toBeCloseTo(expected, 12);
      }
    }
  });

  it('keeps the tier priors as logs of the documented weights', () => {
    for (const [tier, weight] of Object.entries(PREVALENCE_TIER_WEIGHT)) {
      expect(fixtureIndex.logTierWeight[tier as keyof typeof PREVALENCE_TIER_WEIGHT]).toBeCloseTo(Math.log(weight), 12);
    }
  });

  it('orders rules emergency first, then by id', () => {
    expect(fixtureIndex.rules.map((r) => r.id)).toEqual(['cauda-equina-red-flags', 'rapidly-progressive-weakness']);
  });

  it('lists typical findings (P ≥ 0.5) most probable first', () => {
    expect(fixtureIndex.causeById.get('lumbar-disc-herniation')!.typicalFindings.map((f) => f.findingId)).toEqual([
      'radiating-leg-pain',
      'slr-positive',
    ]);
  });
});

describe('buildEngineIndex: clamping', () => {
  const extreme = buildEngineIndex(
    smallCatalog({
      findings: [finding('always', 'sign', 1), finding('never', 'sign', 0), finding('usual', 'sign', 0.5)],
      causes: [cause('certain', { always: 1, never: 0, usual: 1 }), cause('impossible', { usual: 0 })],
    }),
  );

  it.each([
    ['always', 0, PROBABILITY_CEILING, PROBABILITY_CEILING],
    ['never', 0, PROBABILITY_FLOOR, PROBABILITY_FLOOR],
    ['usual', 0, PROBABILITY_CEILING, 0.5],
    ['usual', 1, PROBABILITY_FLOOR, 0.5],
  ] as const)('%s for cause %i: P(f|c) %f, background %f, finite ln LR', (id, position, pGivenCause, background) => {
    const model = extreme.findingById.get(id)!;
    expect(probabilityAt(model, position)).toBe(pGivenCause);
    expect(model.background).toBe(background);
    expect(Number.isFinite(valueAt(model.logPresent, position))).toBe(true);
    expect(Number.isFinite(valueAt(model.logAbsent, position))).toBe(true);
  });
});

describe('buildEngineIndex: broken catalogs throw a clear error', () => {
  const base = smallCatalog({ findings: [finding('f', 'sign', 0.1)], causes: [cause('c', { f: 0.5 })] });
  it.each<[string, EngineCatalog, RegExp]>([
    ['unknown finding link', { ...base, causes: [cause('c', { g: 0.5 })] }, /cause "c" finding "g" is not a known finding/],
    ['unknown test link', { ...base, causes: [cause('c', {}, { tests: [testLink('t', 'first_line', 1)] })] }, /test "t" is not a known test/],
    ['zero test priority', { ...base, tests: [{ id: 't', name: 't', kind: 'lab', codes: [] }], causes: [cause('c', {}, { tests: [testLink('t', 'first_line', 0)] })] }, /priority 0/],
    ['duplicate cause', { ...base, causes: [cause('c', {}), cause('c', {})] }, /duplicate cause id "c"/],
    ['duplicate finding', { ...base, findings: [finding('f', 'sign', 0.1), finding('f', 'sign', 0.2)] }, /duplicate finding id "f"/],
    ['probability out of range', { ...base, causes: [cause('c', { f: 1.5 })] }, /outside \[0, 1\]/],
    ['background not a number', { ...base, findings: [finding('f', 'sign', Number.NaN)] }, /backgroundFrequency/],
    ['empty trigger group', { ...base, rules: [{ id: 'r', name: 'r', level: 'urgent', message: '', action: '', triggers: [[]], causeIds: [] }] }, /empty trigger group/],
    ['unknown trigger', { ...base, rules: [{ id: 'r', name: 'r', level: 'urgent', message: '', action: '', triggers: [['x']], causeIds: [] }] }, /trigger "x"/],
    ['unknown rule cause', { ...base, rules: [{ id: 'r', name: 'r', level: 'urgent', message: '', action: '', triggers: [['f']], causeIds: ['x'] }] }, /unknown cause "x"/],
  ])('%s', (_, catalog, message) => {
    expect(() => buildEngineIndex(catalog)).toThrow(message);
  });
});
