// Runs the engine on published cases: scores per part, the cases skipped because their diagnosis
// is not in the catalog, and for every miss the findings that pulled a wrong cause up and the
// true cause down (so authors can correct likelihoods with evidence).
import type { EngineIndex } from '../engine/engine-index';
import { rankCauses, type RankedCause } from '../engine/score';
import { caseInput, casePart, type CasePart, type PublishedCase } from './cases';
import { caseMetrics, rankOfTruth, type CaseMetrics, type ScoredCase } from './metrics';

/** One finding's pull in a miss: weight for the wrong cause minus weight for the true cause. */
export interface MissPull {
  findingId: string;
  state: 'present' | 'absent';
  pull: number;
}

/** A case whose true cause was not ranked first. */
export interface MissTrace {
  id: string;
  part: CasePart;
  truth: string;
  truthRank: number;
  truthProbability: number;
  top: string;
  topProbability: number;
  /** Largest positive pulls first: findings favouring the wrong cause over the true one. */
  pulls: MissPull[];
  /** ln prior(top) − ln prior(truth). */
  priorGap: number;
}

/** The evaluation of one view of the cases (presentation only, or with the workup). */
export interface EvaluationResult {
  metrics: Record<CasePart, CaseMetrics>;
  scored: Record<CasePart, ScoredCase[]>;
  misses: MissTrace[];
  skipped: { id: string; diagnosis: string }[];
}

function weightsOf(cause: RankedCause): Map<string, { state: 'present' | 'absent'; weight: number }> {
  return new Map([...cause.supporting, ...cause.against].map((c) => [`${c.state}:${c.findingId}`, { state: c.state, weight: c.weight }]));
}

function traceMiss(id: string, part: CasePart, truth: RankedCause, top: RankedCause, truthRank: number): MissTrace {
  const wTop = weightsOf(top);
  const wTruth = weightsOf(truth);
  const pulls: MissPull[] = [];
  for (const key of new Set([...wTop.keys(), ...wTruth.keys()])) {
    const [state, findingId] = key.split(/:(.*)/s) as ['present' | 'absent', string];
    const pull = (wTop.get(key)?.weight ?? 0) - (wTruth.get(key)?.weight ?? 0);
    if (Math.abs(pull) > 0.05) pulls.push({ findingId, state, pull });
  }
  pulls.sort((a, b) => b.pull - a.pull);
  return {
    id,
    part,
    truth: truth.id,
    truthRank,
    truthProbability: truth.probability,
    top: top.id,
    topProbability: top.probability,
    pulls,
    priorGap: top.logPrior - truth.logPrior,
  };
}

/** Evaluates the cases on an engine index; `presentationOnly` drops lab, imaging and neurophysiology results. */
export function evaluateCases(index: EngineIndex, cases: readonly PublishedCase[], presentationOnly = false): EvaluationResult {
  const kindOf = (findingId: string) => index.findingById.get(findingId)?.finding.kind;
  const scored: Record<CasePart, ScoredCase[]> = { development: [], 'held-out': [] };
  const misses: MissTrace[] = [];
  const skipped: { id: string; diagnosis: string }[] = [];
  for (const c of cases) {
    if (!index.causeById.has(c.diagnosis)) {
      skipped.push({ id: c.id, diagnosis: c.diagnosis });
      continue;
    }
    const input = caseInput(c, kindOf, presentationOnly);
    const ranked = rankCauses(index, input);
    const part = casePart(c.id);
    const s: ScoredCase = { id: c.id, truth: c.diagnosis, ranking: ranked.map((r) => ({ id: r.id, probability: r.probability })) };
    scored[part].push(s);
    const rank = rankOfTruth(s);
    if (rank > 1) misses.push(traceMiss(c.id, part, ranked[rank - 1]!, ranked[0]!, rank));
  }
  return {
    metrics: { development: caseMetrics(scored.development), 'held-out': caseMetrics(scored['held-out']) },
    scored,
    misses,
    skipped,
  };
}
