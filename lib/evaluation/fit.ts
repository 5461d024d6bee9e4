// Fits the model's few free parameters on the development cases only: coordinate descent over
// coarse grids, minimising the log loss of the true cause (presentation and workup views pooled).
// Coarse grids and a proper scoring rule keep 50-odd cases from being over-fitted to.
import { buildEngineIndex } from '../engine/engine-index';
import { tierWeightsFromRatio, type ModelTuning } from '../engine/parameters';
import type { EngineCatalog, PrevalenceTier } from '../engine/types';
import { casePart, type PublishedCase } from './cases';
import { evaluateCases } from './run';

/** Tier weights from one ratio between neighbouring tiers (rare = 1); the engine's own series. */
export function tierWeights(ratio: number): Record<PrevalenceTier, number> {
  return tierWeightsFromRatio(ratio);
}

/** Development log loss of a tuning (both views pooled). */
export function developmentLogLoss(catalog: EngineCatalog, cases: readonly PublishedCase[], tuning: ModelTuning): number {
  const dev = cases.filter((c) => casePart(c.id) === 'development');
  const index = buildEngineIndex(catalog, tuning);
  const a = evaluateCases(index, dev).metrics.development;
  const b = evaluateCases(index, dev, true).metrics.development;
  return (a.logLoss * a.cases + b.logLoss * b.cases) / Math.max(1, a.cases + b.cases);
}

interface Knob {
  name: string;
  values: readonly number[];
  apply: (t: ModelTuning, v: number) => ModelTuning;
}

const KNOBS: readonly Knob[] = [
  { name: 'tier ratio', values: [1.5, 2, 2.5, 3, 3.5, 4], apply: (t, v) => ({ ...t, tierWeight: tierWeights(v) }) },
  { name: 'leak fraction (symptom, sign)', values: [0.15, 0.25, 0.35, 0.5, 0.6, 0.7, 0.8], apply: (t, v) => ({ ...t, leakFraction: { ...t.leakFraction, symptom: v, sign: v } }) },
  { name: 'leak fraction (tests)', values: [0.05, 0.1, 0.25, 0.4, 0.6], apply: (t, v) => ({ ...t, leakFraction: { ...t.leakFraction, lab: v, imaging: v, neurophysiology: v } }) },
  { name: 'leak floor', values: [0, 0.005, 0.01, 0.02, 0.04], apply: (t, v) => ({ ...t, leakFloor: v }) },
  { name: 'dependence damping', values: [0.2, 0.3, 0.5, 0.7, 1], apply: (t, v) => ({ ...t, damping: v }) },
  { name: 'evidence exponent', values: [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1], apply: (t, v) => ({ ...t, evidenceExponent: v }) },
  { name: 'test evidence exponent', values: [0.6, 0.8, 1, 1.2, 1.4], apply: (t, v) => ({ ...t, testEvidenceExponent: v }) },
];

/** Coordinate descent from `start`; returns the best tuning found, its loss and a log of the steps. */
export function fitTuning(catalog: EngineCatalog, cases: readonly PublishedCase[], start: ModelTuning, rounds = 2): { tuning: ModelTuning; loss: number; log: string[] } {
  let tuning = start;
  let loss = developmentLogLoss(catalog, cases, tuning);
  const log = [`start: development log loss ${loss.toFixed(3)}`];
  for (let round = 0; round < rounds; round++) {
    for (const knob of KNOBS) {
      for (const v of knob.values) {
        const candidate = knob.apply(tuning, v);
        const l = developmentLogLoss(catalog, cases, candidate);
        if (l < loss - 1e-4) {
          tuning = candidate;
          loss = l;
          log.push(`round ${round + 1}: ${knob.name} = ${v} → ${l.toFixed(3)}`);
        }
      }
    }
  }
  return { tuning, loss, log };
}

/**
 * The calibration parameter alone: the evidence exponent minimising development log loss on a fine
 * grid (step 0.01 by default), everything else (the prior included) held fixed. This is temperature scaling
 * of the evidence term of the log-posterior; the prior keeps its clinical structure.
 */
export function fitEvidenceExponent(catalog: EngineCatalog, cases: readonly PublishedCase[], tuning: ModelTuning, from = 0.5, to = 1.2, step = 0.01): { exponent: number; loss: number } {
  let best = { exponent: tuning.evidenceExponent, loss: developmentLogLoss(catalog, cases, tuning) };
  for (let i = Math.round(from / step); i <= Math.round(to / step); i++) {
    const exponent = Number((i * step).toFixed(4));
    const loss = developmentLogLoss(catalog, cases, { ...tuning, evidenceExponent: exponent });
    if (loss < best.loss - 1e-9) best = { exponent, loss };
  }
  return best;
}

/** Development log loss per tier ratio, each with its own refitted evidence exponent (a profile, for the README). */
export function tierRatioProfile(catalog: EngineCatalog, cases: readonly PublishedCase[], tuning: ModelTuning, ratios: readonly number[] = [1.5, 2, 2.5, 3, 3.5, 4]): { ratio: number; exponent: number; loss: number }[] {
  return ratios.map((ratio) => {
    const { exponent, loss } = fitEvidenceExponent(catalog, cases, { ...tuning, tierWeight: tierWeights(ratio) }, 0.6, 1.1, 0.05);
    return { ratio, exponent, loss };
  });
}

/**
 * The two calibration parameters (bedside and test-result evidence exponents), each the development
 * log-loss minimum on a `step` grid with the other held, alternated `rounds` times; prior fixed.
 * The test exponent is searched up to `testTo` (1 by default: a test result is taken at its stated
 * likelihood ratio at most, never amplified).
 */
export function fitCalibrationExponents(
  catalog: EngineCatalog,
  cases: readonly PublishedCase[],
  tuning: ModelTuning,
  { from = 0.5, to = 1.2, testTo = 1, step = 0.01, rounds = 2 }: { from?: number; to?: number; testTo?: number; step?: number; rounds?: number } = {},
): { evidenceExponent: number; testEvidenceExponent: number; loss: number } {
  let current = tuning;
  let loss = developmentLogLoss(catalog, cases, current);
  for (let round = 0; round < rounds; round++) {
    for (const key of ['evidenceExponent', 'testEvidenceExponent'] as const) {
      const upper = key === 'testEvidenceExponent' ? testTo : to;
      for (let i = Math.round(from / step); i <= Math.round(upper / step); i++) {
        const candidate = { ...current, [key]: Number((i * step).toFixed(4)) };
        const l = developmentLogLoss(catalog, cases, candidate);
        if (l < loss - 1e-9) [current, loss] = [candidate, l];
      }
    }
  }
  return { evidenceExponent: current.evidenceExponent, testEvidenceExponent: current.testEvidenceExponent, loss };
}
