// Accuracy and calibration of ranked differentials against known diagnoses. Pure functions.
import { seededRandom } from '../seeded-random';

/** One evaluated case: the probability given to every cause, and the true cause. */
export interface ScoredCase {
  id: string;
  truth: string;
  /** Causes with their posterior, most probable first. */
  ranking: { id: string; probability: number }[];
}

/** Figures for a set of cases. */
export interface CaseMetrics {
  cases: number;
  top1: number;
  top3: number;
  top10: number;
  /** Mean reciprocal rank of the true cause. */
  mrr: number;
  /** Multi-class Brier score: mean over cases of Σ_c (p_c − y_c)². */
  brier: number;
  /** Expected calibration error of the top-1 probability over 10 equal-width bins. */
  ece: number;
  /** Mean −ln P(true cause). */
  logLoss: number;
  bins: ReliabilityBin[];
}

/** One bin of the reliability diagram. */
export interface ReliabilityBin {
  lower: number;
  upper: number;
  count: number;
  meanConfidence: number;
  accuracy: number;
}

/** 1-based rank of the true cause (ranking length + 1 if absent). */
export function rankOfTruth(c: ScoredCase): number {
  const i = c.ranking.findIndex((r) => r.id === c.truth);
  return i < 0 ? c.ranking.length + 1 : i + 1;
}

/** Reliability bins of top-1 confidence against top-1 correctness. */
export function reliabilityBins(cases: readonly ScoredCase[], binCount = 10): ReliabilityBin[] {
  const bins = Array.from({ length: binCount }, (_, i) => ({ lower: i / binCount, upper: (i + 1) / binCount, count: 0, sumConf: 0, hits: 0 }));
  for (const c of cases) {
    const top = c.ranking[0]!;
    const b = bins[Math.min(binCount - 1, Math.floor(top.probability * binCount))]!;
    b.count++;
    b.sumConf += top.probability;
    if (top.id === c.truth) b.hits++;
  }
  return bins.map(({ lower, upper, count, sumConf, hits }) => ({
    lower,
    upper,
    count,
    meanConfidence: count ? sumConf / count : 0,
    accuracy: count ? hits / count : 0,
  }));
}

/** All figures for a set of cases (empty set: zeros). */
export function caseMetrics(cases: readonly ScoredCase[]): CaseMetrics {
  const n = cases.length;
  const bins = reliabilityBins(cases);
  if (n === 0) return { cases: 0, top1: 0, top3: 0, top10: 0, mrr: 0, brier: 0, ece: 0, logLoss: 0, bins };
  let top1 = 0, top3 = 0, top10 = 0, mrr = 0, brier = 0, logLoss = 0;
  for (const c of cases) {
    const rank = rankOfTruth(c);
    if (rank <= 1) top1++;
    if (rank <= 3) top3++;
    if (rank <= 10) top10++;
    mrr += 1 / rank;
    let b = 0;
    let pTrue = 0;
    for (const r of c.ranking) {
      const y = r.id === c.truth ? 1 : 0;
      if (y) pTrue = r.probability;
      b += (r.probability - y) ** 2;
    }
    if (!c.ranking.some((r) => r.id === c.truth)) b += 1;
    brier += b;
    logLoss += -Math.log(Math.max(pTrue, 1e-12));
  }
  const ece = bins.reduce((sum, b) => sum + (b.count / n) * Math.abs(b.accuracy - b.meanConfidence), 0);
  return { cases: n, top1: top1 / n, top3: top3 / n, top10: top10 / n, mrr: mrr / n, brier: brier / n, ece, logLoss: logLoss / n, bins };
}


/**
 * Percentile bootstrap interval of a statistic over cases (resampling cases with replacement), so
 * that a figure from 50-odd cases is read with its noise. Deterministic for a given seed.
 */
export function bootstrapInterval(
  cases: readonly ScoredCase[],
  statistic: (sample: readonly ScoredCase[]) => number,
  { iterations = 1000, level = 0.95, seed = 1 }: { iterations?: number; level?: number; seed?: number } = {},
): { lower: number; upper: number } {
  if (cases.length === 0) return { lower: 0, upper: 0 };
  const random = seededRandom(seed);
  const values: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const sample = Array.from({ length: cases.length }, () => cases[Math.floor(random() * cases.length)]!);
    values.push(statistic(sample));
  }
  values.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  const at = (q: number) => values[Math.min(values.length - 1, Math.max(0, Math.round(q * (values.length - 1))))]!;
  return { lower: at(tail), upper: at(1 - tail) };
}

/** Expected calibration error of a set of cases (10 bins), for bootstrapping. */
export function expectedCalibrationError(cases: readonly ScoredCase[]): number {
  return caseMetrics(cases).ece;
}
