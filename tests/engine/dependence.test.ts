import { describe, expect, it } from 'vitest';
import { dampingFactors, DEPENDENCE_GROUP_OF, DEPENDENCE_GROUPS } from '../../lib/engine/dependence';
import { buildEngineIndex } from '../../lib/engine/engine-index';
import { DEFAULT_TUNING } from '../../lib/engine/parameters';
import { rankCauses } from '../../lib/engine/score';
import { cause, EXACT_TUNING, finding, smallCatalog } from './fixture';

describe('dampingFactors', () => {
  it.each<[number[], number, number[]]>([
    [[], 0.3, []],
    [[2], 0.3, [1]],
    [[1, 3, -2], 0.5, [0.5, 1, 0.5]],
    [[-4, 1], 0.3, [1, 0.3]],
    [[1, 1], 0.3, [1, 0.3]],
  ])('weights %j, damping %f: factors %j', (weights, damping, factors) => {
    expect(dampingFactors(weights, damping)).toEqual(factors);
  });

  it('puts every member in one group only', () => {
    const members = Object.values(DEPENDENCE_GROUPS).flat();
    expect(new Set(members).size).toBe(members.length);
    expect(DEPENDENCE_GROUP_OF.get('vibration-loss-toes')).toBe('length-dependent-sensory');
  });
});

describe('correlated findings do not stack', () => {
  const catalog = smallCatalog({
    findings: [finding('vibration-loss-toes', 'sign', 0.3), finding('monofilament-loss', 'sign', 0.2), finding('fever', 'symptom', 0.04)],
    causes: [cause('neuropathy', { 'vibration-loss-toes': 0.9, 'monofilament-loss': 0.8, fever: 0.02 }), cause('other', { 'vibration-loss-toes': 0.2, 'monofilament-loss': 0.1, fever: 0.02 })],
  });
  const logOdds = (tuning: typeof DEFAULT_TUNING, present: string[]) => {
    const ranked = rankCauses(buildEngineIndex(catalog, tuning), { present, absent: [] });
    return Math.log(ranked.find((c) => c.id === 'neuropathy')!.probability / ranked.find((c) => c.id === 'other')!.probability);
  };

  it('counts the second sign of one group at the damping factor', () => {
    const damping = 0.3;
    const tuning = { ...EXACT_TUNING, damping };
    const prior = logOdds(tuning, []);
    const vib = Math.log(0.9 / 0.2);
    const mono = Math.log(0.8 / 0.1);
    expect(logOdds(tuning, ['vibration-loss-toes', 'monofilament-loss']) - prior).toBeCloseTo(mono + damping * vib, 9);
    expect(logOdds(EXACT_TUNING, ['vibration-loss-toes', 'monofilament-loss']) - prior).toBeCloseTo(mono + vib, 9);
  });
});
