// One call for the API: the ranked causes and everything derived from them, for one case.
import { listCantMiss, type CantMissCause } from './cant-miss';
import type { EngineIndex } from './index';
import { BEDSIDE_FINDING_KINDS, nextFindingsByPosterior, type NextFinding } from './next-findings';
import { evaluateRedFlags, type RedFlagAlert } from './red-flags';
import type { ImpliedFinding } from './evidence';
import { DEFAULT_CARE_SETTING } from './parameters';
import { scoreCase, type RankedCause } from './score';
import type { CareSetting, CaseInput, FindingKind } from './types';
import { planWorkup, type WorkupEntry } from './workup';

/** Tuning of the derived lists; defaults suit the clinician workspace. */
export interface DifferentialOptions {
  /** How many next findings to suggest (default 10). */
  nextFindingsLimit?: number;
  /** Finding kinds to suggest (default: symptom, history, sign; see BEDSIDE_FINDING_KINDS). */
  nextFindingKinds?: readonly FindingKind[];
}

/** The engine's full answer for one case. */
export interface DifferentialResult {
  catalogVersion: string;
  /** The care setting whose priors were used (the default when the case gave none). */
  setting: CareSetting;
  causes: RankedCause[];
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
  const { ranked: causes, evidence, posterior } = scoreCase(index, input); // enforces the precondition before anything else runs
  // Rules see implied findings too: "absent reflexes everywhere" satisfies a trigger on absent ankle jerks.
  const alerts = evaluateRedFlags(index, [...evidence.knownPresent]);
  const cantMiss = listCantMiss(causes, alerts, {
    rules: index.rules,
    rulesByTrigger: index.rulesByTrigger,
    present: [...evidence.knownPresent],
    absent: [...evidence.knownAbsent],
  });
  return {
    catalogVersion: index.version,
    setting: input.setting ?? DEFAULT_CARE_SETTING,
    causes,
    implied: evidence.implied,
    cantMiss,
    alerts,
    nextFindings: nextFindingsByPosterior(
      index,
      posterior,
      evidence,
      options.nextFindingsLimit ?? 10,
      options.nextFindingKinds ?? BEDSIDE_FINDING_KINDS,
    ),
    workup: planWorkup(index, causes, cantMiss),
  };
}
