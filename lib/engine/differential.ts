// One call for the API: the ranked causes and everything derived from them, for one case.
import { cantMissByPosition, type CantMissCause } from './cant-miss';
import type { EngineIndex } from './engine-index';
import { BEDSIDE_FINDING_KINDS, nextFindingsByPosterior, type NextFinding } from './next-findings';
import { evaluateRedFlags, type RedFlagAlert } from './red-flags';
import type { ImpliedFinding } from './evidence';
import { DEFAULT_CARE_SETTING, LEADING_MAX_CAUSES } from './parameters';
import { sortPositions, topPositions } from './ranking';
import { rankedCausesAt, scorePositions, type RankedCause } from './score';
import type { CareSetting, CaseInput, FindingKind } from './types';
import { planWorkup, type WorkupEntry } from './workup';

/** Tuning of the derived lists; defaults suit the clinician workspace. */
export interface DifferentialOptions {
  /** How many next findings to suggest (default 10). */
  nextFindingsLimit?: number;
  /** Finding kinds to suggest (default: symptom, history, sign; see BEDSIDE_FINDING_KINDS). */
  nextFindingKinds?: readonly FindingKind[];
  /**
   * Return only the first `limit` causes by posterior, plus every cause on the can't-miss list (which
   * holds those a fired alert names), in ranked order; default: every cause. Posteriors, next
   * findings, can't-miss and workup are the same either way (normalised over all causes).
   */
  limit?: number;
}

/** The engine's full answer for one case. */
export interface DifferentialResult {
  catalogVersion: string;
  /** The care setting whose priors were used (the default when the case gave none). */
  setting: CareSetting;
  /** Most probable first: every cause, or the first `limit` and the can't-miss ones (DifferentialOptions.limit). */
  causes: RankedCause[];
  /** How many causes the catalog ranked. */
  totalCauses: number;
  /** Posterior mass of the causes left out of `causes` (0 when all are returned). */
  omittedProbability: number;
  /** Findings present because an entered finding entails them (catalog `implies`); they count through it. */
  implied: ImpliedFinding[];
  cantMiss: CantMissCause[];
  alerts: RedFlagAlert[];
  nextFindings: NextFinding[];
  workup: WorkupEntry[];
}

/**
 * Computes the differential for a case. Precondition: every finding id is in the catalog and is
 * entered once (check with findCaseInputProblems); a breach throws rather than being ignored.
 * An empty case is valid and gives the prior ranking.
 */
export function computeDifferential(
  index: EngineIndex,
  input: CaseInput,
  options: DifferentialOptions = {},
): DifferentialResult {
  const total = index.causes.length;
  const limit = options.limit ?? total;
  if (!(Number.isInteger(limit) && limit >= 0)) throw new Error(`Differential limit must be a whole number ≥ 0, got ${limit}`);
  const scores = scorePositions(index, input); // enforces the precondition before anything else runs
  const { evidence, posterior } = scores;
  // Rules see implied findings too: "absent reflexes everywhere" satisfies a trigger on absent ankle jerks.
  const alerts = evaluateRedFlags(index, [...evidence.knownPresent]);
  const cantMiss = cantMissByPosition(index, scores, alerts, {
    rules: index.rules,
    rulesByTrigger: index.rulesByTrigger,
    present: [...evidence.knownPresent],
    absent: [...evidence.knownAbsent],
  });
  // The workup reads the leading causes, so at least that many come out of the ranking.
  const top = topPositions(posterior, index.causeNameRank, Math.max(limit, LEADING_MAX_CAUSES));
  const inTop = new Uint8Array(total);
  for (const p of top) inTop[p] = 1;
  const isCantMiss = new Uint8Array(total);
  for (const p of cantMiss.positions) isCantMiss[p] = 1;
  // The can't-miss causes below the top follow it, in ranked order.
  const below = sortPositions(cantMiss.positions.filter((p) => !inTop[p]), posterior, index.causeNameRank);
  const order = new Int32Array(top.length + below.length);
  order.set(top);
  order.set(below, top.length);
  const keep = (i: number) => i < limit || isCantMiss[order[i]!] === 1;
  const considered = rankedCausesAt(index, scores, order);
  const causes = considered.filter((_, i) => keep(i));
  let omittedProbability = 0;
  if (causes.length < total) {
    const kept = new Uint8Array(total);
    order.forEach((p, i) => (kept[p] = keep(i) ? 1 : 0));
    for (let p = 0; p < total; p++) if (!kept[p]) omittedProbability += posterior[p]!;
  }
  return {
    catalogVersion: index.version,
    setting: input.setting ?? DEFAULT_CARE_SETTING,
    causes,
    totalCauses: total,
    omittedProbability,
    implied: evidence.implied,
    cantMiss: cantMiss.list,
    alerts,
    nextFindings: nextFindingsByPosterior(
      index,
      posterior,
      evidence,
      options.nextFindingsLimit ?? 10,
      options.nextFindingKinds ?? BEDSIDE_FINDING_KINDS,
    ),
    workup: planWorkup(index, considered, cantMiss.list),
  };
}
