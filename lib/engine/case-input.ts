// The engine's precondition on a case, in one function that the API can also use to answer 400
// (so the check and the guarantee cannot drift apart).
import type { EngineIndex, FindingModel } from './engine-index';
import type { CaseInput } from './types';

/** Why a case input breaks the engine's precondition: unknown, repeated or contradictory ids. */
export function findCaseInputProblems(index: EngineIndex, input: CaseInput): string[] {
  const problems: string[] = [];
  const seen = new Map<string, 'present' | 'absent'>();
  const lists = [['present', input.present], ['absent', input.absent]] as const;
  for (const [state, ids] of lists) {
    for (const id of ids) {
      if (!index.findingById.has(id)) problems.push(`unknown finding id "${id}" (${state})`);
      const earlier = seen.get(id);
      // A repeat would count the same evidence twice; present and absent together is a contradiction.
      if (earlier === state) problems.push(`finding "${id}" is entered twice as ${state}`);
      else if (earlier) problems.push(`finding "${id}" is entered as both present and absent`);
      seen.set(id, state);
    }
  }
  return problems;
}

/** A case that breaks the engine's precondition; the API answers it with a 400 naming the problems. */
export class CaseInputError extends Error {
  constructor(
    readonly problems: string[],
    /** Ids the catalog does not hold (each once). */
    readonly unknownFindingIds: string[],
  ) {
    super(problems.join('; '));
    this.name = 'CaseInputError';
  }
}

/**
 * Throws CaseInputError if the input breaks the precondition. computeDifferential runs it before
 * anything else, so this is the one check of a case: callers need not check first.
 */
export function assertCaseInput(index: EngineIndex, input: CaseInput): void {
  const problems = findCaseInputProblems(index, input);
  if (problems.length === 0) return;
  const unknown = [...new Set([...input.present, ...input.absent])].filter((id) => !index.findingById.has(id));
  throw new CaseInputError(problems, unknown);
}

/** The finding's model; throws (never skips) if the id is not in the catalog. */
export function findingModelOf(index: EngineIndex, findingId: string): FindingModel {
  const model = index.findingById.get(findingId);
  if (!model) throw new Error(`Unknown finding id "${findingId}" for catalog ${index.version}`);
  return model;
}

/** Ids the clinician has entered, present or absent. */
export function enteredFindingIds(input: CaseInput): Set<string> {
  return new Set([...input.present, ...input.absent]);
}
