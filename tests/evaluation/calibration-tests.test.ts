import { describe, expect, it } from 'vitest';
import {
  binnedEce,
  calibrationSlope,
  eceUnderPerfectCalibration,
  normalCdf,
  spiegelhalterTest,
  topPredictions,
  type Prediction,
} from '../../lib/evaluation/calibration-tests';
import { caseMetrics, type ScoredCase } from '../../lib/evaluation/metrics';

const scored = (truth: string, ranking: [string, number][]): ScoredCase => ({ id: truth, truth, ranking: ranking.map(([id, probability]) => ({ id, probability })) });
/** `count` predictions at `confidence`, `hits` of them right. */
const group = (confidence: number, count: number, hits: number): Prediction[] =>
  Array.from({ length: count }, (_, i) => ({ confidence, correct: i < hits }));

describe('binnedEce', () => {
  it('is the ECE of caseMetrics on the top-1 predictions', () => {
    const cases = [scored('a', [['a', 0.9], ['b', 0.1]]), scored('b', [['a', 0.6], ['b', 0.4]]), scored('c', [['a', 0.5], ['c', 0.2]]), scored('a', [['a', 0.55]])];
    expect(binnedEce(topPredictions(cases))).toBeCloseTo(caseMetrics(cases).ece, 12);
  });
  it.each([
    ['empty', [], 0],
    ['right where it says 100 %', group(1, 5, 5), 0],
    ['one bin, 70 % said, 50 % right', group(0.7, 4, 2), 0.2],
    ['two bins cancel nothing across bins', [...group(0.25, 4, 2), ...group(0.75, 4, 2)], 0.25],
  ] as const)('%s', (_, predictions, ece) => {
    expect(binnedEce(predictions)).toBeCloseTo(ece, 12);
  });
});

describe('eceUnderPerfectCalibration', () => {
  it('is reproducible for a seed and holds its mean inside its range', () => {
    const p = [...group(0.3, 10, 3), ...group(0.8, 10, 8), ...group(0.55, 7, 4)];
    const a = eceUnderPerfectCalibration(p, { seed: 3, draws: 500 });
    expect(eceUnderPerfectCalibration(p, { seed: 3, draws: 500 })).toEqual(a);
    expect(a.lower).toBeLessThanOrEqual(a.mean);
    expect(a.upper).toBeGreaterThanOrEqual(a.mean);
    expect(a.mean).toBeGreaterThan(0.05); // 27 cases: a calibrated model still shows a clearly positive ECE
  });
  it('is zero when every confidence is certain, and shrinks as cases grow', () => {
    expect(eceUnderPerfectCalibration(group(1, 20, 20), { draws: 50 })).toMatchObject({ mean: 0, lower: 0, upper: 0, pAtLeastObserved: 1 });
    const small = eceUnderPerfectCalibration(group(0.7, 20, 14), { draws: 400 }).mean;
    const large = eceUnderPerfectCalibration(group(0.7, 2000, 1400), { draws: 400 }).mean;
    expect(large).toBeLessThan(small / 5);
  });
  it('gives a small p-value to a grossly miscalibrated set and a large one to a calibrated one', () => {
    expect(eceUnderPerfectCalibration(group(0.9, 60, 30), { draws: 500 }).pAtLeastObserved).toBeLessThan(0.01);
    expect(eceUnderPerfectCalibration(group(0.5, 60, 30), { draws: 500 }).pAtLeastObserved).toBeGreaterThan(0.5);
  });
});

describe('normalCdf', () => {
  it.each([[0, 0.5], [1.959964, 0.975], [-1.959964, 0.025], [1, 0.8413447], [-3, 0.0013499]] as const)('Φ(%s) = %s', (x, p) => {
    expect(normalCdf(x)).toBeCloseTo(p, 6);
  });
});

describe('spiegelhalterTest', () => {
  it('matches a hand computation', () => {
    // Σ (y − p)(1 − 2p) = 0.2·(−0.6) + (−0.6)(−0.2) + (−0.3)(0.4) = −0.12
    // Σ (1 − 2p)² p(1 − p) = 0.36·0.16 + 0.04·0.24 + 0.16·0.21 = 0.1008
    const t = spiegelhalterTest([{ confidence: 0.8, correct: true }, { confidence: 0.6, correct: false }, { confidence: 0.3, correct: false }]);
    expect(t?.z).toBeCloseTo(-0.12 / Math.sqrt(0.1008), 10);
    expect(t?.pValue).toBeCloseTo(2 * (1 - normalCdf(0.12 / Math.sqrt(0.1008))), 10);
  });
  it('is undefined when every confidence is 0.5 (no information), and rejects gross over-confidence', () => {
    expect(spiegelhalterTest(group(0.5, 10, 3))).toBeUndefined();
    expect(spiegelhalterTest(group(0.95, 50, 30))!.pValue).toBeLessThan(0.001);
  });
});

describe('calibrationSlope', () => {
  it('finds slope 1 and intercept 0 where each confidence is right exactly as often as it says', () => {
    const fit = calibrationSlope([...group(0.2, 100, 20), ...group(0.5, 100, 50), ...group(0.8, 100, 80)])!;
    expect(fit.slope.value).toBeCloseTo(1, 8);
    expect(fit.intercept.value).toBeCloseTo(0, 8);
    expect(fit.inTheLarge.value).toBeCloseTo(0, 8);
    expect(fit.slope.lower).toBeLessThan(1);
    expect(fit.slope.upper).toBeGreaterThan(1);
  });
  it('finds the slope of an over-confident model (90 % said, 70 % right; 10 % said, 30 % right)', () => {
    const fit = calibrationSlope([...group(0.1, 50, 15), ...group(0.9, 50, 35)])!;
    expect(fit.slope.value).toBeCloseTo(Math.log(0.7 / 0.3) / Math.log(0.9 / 0.1), 8);
    expect(fit.intercept.value).toBeCloseTo(0, 8);
  });
  it('finds an under-confident intercept in the large (says 50 %, right 75 %)', () => {
    const fit = calibrationSlope([...group(0.4, 40, 30), ...group(0.6, 40, 30)])!;
    expect(fit.inTheLarge.value).toBeGreaterThan(0);
  });
  it.each([
    ['all right', group(0.7, 10, 10)],
    ['all wrong', group(0.7, 10, 0)],
    ['one confidence', group(0.7, 10, 5)],
  ] as const)('is undefined when not estimable: %s', (_, predictions) => {
    expect(calibrationSlope(predictions)).toBeUndefined();
  });
});
