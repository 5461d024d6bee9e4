import { describe, expect, it } from 'vitest';
import { casePart, caseInput, type PublishedCase } from '../../lib/evaluation/cases';
import { bootstrapInterval, caseMetrics, expectedCalibrationError, rankOfTruth, reliabilityBins, type ScoredCase } from '../../lib/evaluation/metrics';
import { reliabilitySvg } from '../../lib/evaluation/reliability-svg';

const scored = (truth: string, ranking: [string, number][]): ScoredCase => ({ id: truth, truth, ranking: ranking.map(([id, probability]) => ({ id, probability })) });

describe('caseMetrics', () => {
  const cases = [
    scored('a', [['a', 0.9], ['b', 0.1]]),
    scored('b', [['a', 0.6], ['b', 0.4]]),
    scored('c', [['a', 0.5], ['b', 0.3], ['c', 0.2]]),
  ];
  it.each([
    ['top1', 1 / 3],
    ['top3', 1],
    ['top10', 1],
    ['mrr', (1 + 1 / 2 + 1 / 3) / 3],
    ['brier', ((0.1 ** 2 + 0.1 ** 2) + (0.6 ** 2 + 0.6 ** 2) + (0.5 ** 2 + 0.3 ** 2 + 0.8 ** 2)) / 3],
    ['logLoss', -(Math.log(0.9) + Math.log(0.4) + Math.log(0.2)) / 3],
  ] as const)('%s', (key, value) => {
    expect(caseMetrics(cases)[key]).toBeCloseTo(value, 12);
  });

  it('ECE weights |accuracy − confidence| by bin size', () => {
    // Bins: 0.9 (1 case, right), 0.6 (1 case, wrong), 0.5 (1 case, wrong).
    expect(caseMetrics(cases).ece).toBeCloseTo((Math.abs(1 - 0.9) + Math.abs(0 - 0.6) + Math.abs(0 - 0.5)) / 3, 12);
    expect(reliabilityBins(cases).filter((b) => b.count > 0).map((b) => b.lower)).toEqual([0.5, 0.6, 0.9]);
  });

  it('bootstraps an ECE interval that is reproducible, holds the estimate, and collapses when every case is alike', () => {
    const a = bootstrapInterval(cases, expectedCalibrationError, { seed: 7 });
    expect(bootstrapInterval(cases, expectedCalibrationError, { seed: 7 })).toEqual(a);
    expect(a.lower).toBeLessThanOrEqual(caseMetrics(cases).ece);
    expect(a.upper).toBeGreaterThanOrEqual(caseMetrics(cases).ece);
    expect(a.upper).toBeGreaterThan(a.lower);
    const alike = [scored('a', [['a', 0.9], ['b', 0.1]]), scored('a', [['a', 0.9], ['b', 0.1]])];
    const b = bootstrapInterval(alike, expectedCalibrationError);
    expect(b.lower).toBeCloseTo(0.1, 12);
    expect(b.upper).toBeCloseTo(0.1, 12);
  });

  it('ranks a missing truth after the whole ranking', () => {
    expect(rankOfTruth(scored('z', [['a', 1]]))).toBe(2);
  });

  it('draws one panel per part', () => {
    const svg = reliabilitySvg([{ title: 'A', bins: reliabilityBins(cases) }, { title: 'B', bins: reliabilityBins([]) }]);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/font-weight="bold"/g)).toHaveLength(2);
  });
});

describe('published cases', () => {
  it('split by a hash of the id only (stable, about a third held out)', () => {
    expect(casePart('sea-usuda-2020')).toBe(casePart('sea-usuda-2020'));
    const parts = Array.from({ length: 600 }, (_, i) => casePart(`case-${i}`));
    const held = parts.filter((p) => p === 'held-out').length / parts.length;
    expect(held).toBeGreaterThan(0.25);
    expect(held).toBeLessThan(0.42);
  });

  it('become engine input with one entry point per attribute, and lose test results in the presentation view', () => {
    const c: PublishedCase = {
      id: 'x', source: { citation: 'A citation long enough', url: 'https://example.org' }, setting: 'emergency', age: 50,
      present: ['back-pain', 'mri-cord-compression'], absent: ['fever'], attributes: { onset: 'acute', course: 'intermittent' }, diagnosis: 'y',
    };
    const kind = (id: string) => (id.startsWith('mri') ? 'imaging' : 'symptom');
    expect(caseInput(c, kind)).toEqual({ present: ['back-pain', 'mri-cord-compression', 'onset-acute', 'episodic-symptoms'], absent: ['fever'], setting: 'emergency', age: 50 });
    expect(caseInput(c, kind, true).present).toEqual(['back-pain', 'onset-acute', 'episodic-symptoms']);
  });
});
