// What a calibration figure from a few dozen cases can show. Binned ECE is biased upward in small
// samples: even a perfectly calibrated model shows an ECE well above 0 with 67 cases in 10 bins. So
// the observed ECE is set beside (1) its distribution under perfect calibration with the same
// confidences (outcomes simulated as Bernoulli(confidence), seeded), and (2) two tests that do not
// bin: Spiegelhalter's z and the logistic calibration slope and intercept (Cox 1958). Pure functions.
import { seededRandom } from '../seeded-random';
import type { ScoredCase } from './metrics';

/** One prediction: the probability given to the top cause, and whether it was right. */
export interface Prediction {
  confidence: number;
  correct: boolean;
}

/** The top-1 prediction of each case. */
export function topPredictions(cases: readonly ScoredCase[]): Prediction[] {
  return cases.map((c) => ({ confidence: c.ranking[0]?.probability ?? 0, correct: c.ranking[0]?.id === c.truth }));
}

/** Expected calibration error over `binCount` equal-width bins (the same binning as the reliability diagram). */
export function binnedEce(predictions: readonly Prediction[], binCount = 10): number {
  if (predictions.length === 0) return 0;
  const sumConf = new Array<number>(binCount).fill(0);
  const hits = new Array<number>(binCount).fill(0);
  for (const p of predictions) {
    const b = Math.min(binCount - 1, Math.floor(p.confidence * binCount));
    sumConf[b]! += p.confidence;
    if (p.correct) hits[b]!++;
  }
  // Σ_b (n_b / n) |acc_b − conf_b| = Σ_b |hits_b − Σconf_b| / n
  return sumConf.reduce((s, c, b) => s + Math.abs(hits[b]! - c), 0) / predictions.length;
}

/** ECE a perfectly calibrated model would show with these confidences: mean, central range, and P(ECE ≥ observed). */
export interface EceNoiseFloor {
  mean: number;
  lower: number;
  upper: number;
  /** Share of simulated ECEs at or above the observed one: a one-sided p-value for "calibrated". */
  pAtLeastObserved: number;
}

/** Simulates outcomes ~ Bernoulli(confidence) `draws` times (seeded) and returns the ECE's distribution. */
export function eceUnderPerfectCalibration(
  predictions: readonly Prediction[],
  { draws = 2000, level = 0.95, seed = 1, binCount = 10 }: { draws?: number; level?: number; seed?: number; binCount?: number } = {},
): EceNoiseFloor {
  const observed = binnedEce(predictions, binCount);
  const random = seededRandom(seed);
  const values: number[] = [];
  for (let i = 0; i < draws; i++) {
    const simulated = predictions.map((p) => ({ confidence: p.confidence, correct: random() < p.confidence }));
    values.push(binnedEce(simulated, binCount));
  }
  values.sort((a, b) => a - b);
  const at = (q: number) => values[Math.min(values.length - 1, Math.max(0, Math.round(q * (values.length - 1))))] ?? 0;
  const tail = (1 - level) / 2;
  return {
    mean: values.reduce((s, v) => s + v, 0) / Math.max(1, values.length),
    lower: at(tail),
    upper: at(1 - tail),
    pAtLeastObserved: values.filter((v) => v >= observed - 1e-12).length / Math.max(1, values.length),
  };
}

/** Standard normal cumulative distribution (complementary error function, |error| < 1.2e-7). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const erfc = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/**
 * Spiegelhalter's z-test of calibration (Spiegelhalter 1986): z = Σ (y − p)(1 − 2p) / √Σ (1 − 2p)² p (1 − p),
 * standard normal under perfect calibration; two-sided p-value. Undefined when every p is 0.5 or 0/1.
 */
export function spiegelhalterTest(predictions: readonly Prediction[]): { z: number; pValue: number } | undefined {
  let num = 0;
  let variance = 0;
  for (const { confidence: p, correct } of predictions) {
    num += ((correct ? 1 : 0) - p) * (1 - 2 * p);
    variance += (1 - 2 * p) ** 2 * p * (1 - p);
  }
  if (variance <= 0) return undefined;
  const z = num / Math.sqrt(variance);
  return { z, pValue: 2 * (1 - normalCdf(Math.abs(z))) };
}

/** An estimate with its Wald 95 % interval. */
export interface Estimate {
  value: number;
  lower: number;
  upper: number;
}

const logit = (p: number) => {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
};
const expit = (x: number) => 1 / (1 + Math.exp(-x));
const wald = (value: number, variance: number): Estimate => ({ value, lower: value - 1.96 * Math.sqrt(variance), upper: value + 1.96 * Math.sqrt(variance) });

/**
 * Logistic recalibration: logit P(correct) = a + b · logit(confidence), by Newton–Raphson maximum
 * likelihood. Perfect calibration is a = 0, b = 1; b < 1 means over-confidence (too extreme). Also
 * calibration-in-the-large: a with b fixed at 1. Undefined when not estimable (all right, all
 * wrong, one confidence, or no convergence).
 */
export function calibrationSlope(predictions: readonly Prediction[]): { slope: Estimate; intercept: Estimate; inTheLarge: Estimate } | undefined {
  const xs = predictions.map((p) => logit(p.confidence));
  const ys = predictions.map((p) => (p.correct ? 1 : 0));
  const hits = ys.reduce<number>((s, y) => s + y, 0);
  if (hits === 0 || hits === ys.length) return undefined;
  let a = 0;
  let b = 1;
  let info: [number, number, number] = [0, 0, 0];
  let converged = false;
  for (let iter = 0; iter < 100 && !converged; iter++) {
    let ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
    xs.forEach((x, i) => {
      const p = expit(a + b * x);
      const w = p * (1 - p);
      ga += ys[i]! - p;
      gb += (ys[i]! - p) * x;
      haa += w;
      hab += w * x;
      hbb += w * x * x;
    });
    const det = haa * hbb - hab * hab;
    if (!(det > 1e-12)) return undefined;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a += da;
    b += db;
    info = [haa, hab, hbb];
    converged = Math.abs(da) + Math.abs(db) < 1e-10;
  }
  if (!converged || !Number.isFinite(a) || !Number.isFinite(b)) return undefined;
  const det = info[0] * info[2] - info[1] * info[1];
  // Calibration-in-the-large: the offset model logit P = a0 + logit(p).
  let a0 = 0;
  let h0 = 0;
  for (let iter = 0; iter < 100; iter++) {
    let g = 0;
    h0 = 0;
    xs.forEach((x, i) => {
      const p = expit(a0 + x);
      g += ys[i]! - p;
      h0 += p * (1 - p);
    });
    const step = g / h0;
    a0 += step;
    if (Math.abs(step) < 1e-12) break;
  }
  return { slope: wald(b, info[0] / det), intercept: wald(a, info[2] / det), inTheLarge: wald(a0, 1 / h0) };
}
