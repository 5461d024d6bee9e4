// Dense reference (the engine as of commit c91ab2c, before the sparse index): kept only for tests/engine/sparse-equivalence.test.ts.
// The engine's precondition on a case, in one function that the API can also use to answer 400
// (so the check and the guarantee cannot drift apart).
import type { EngineIndex, FindingModel } from './index';
import type { CaseInput } from '../../../lib/engine/types';

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

/** Throws a clear Error if the input breaks the precondition (the API should have rejected it). */
export function assertCaseInput(index: EngineIndex, input: CaseInput): void {
  const problems = findCaseInputProblems(index, input);
  if (problems.length > 0) throw new Error(`Invalid case input for catalog ${index.version}: ${problems.join('; ')}`);
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
