// The workup plan: which tests to order first, weighing how likely each cause is, how dangerous
// it is and how central the test is to it, plus how well each test splits the leading causes.
import { compareText } from '../search/normalise';
import type { CantMissCause } from './cant-miss';
import { binaryEntropy } from './entropy';
import { type EngineIndex } from './engine-index';
import {
  ALERT_CAUSE_PROBABILITY_FLOOR,
  LEADING_MAX_CAUSES,
  LEADING_PROBABILITY_MASS,
  TEST_ROLE_WEIGHT,
  URGENCY_WEIGHT,
} from './parameters';
import type { RankedCause } from './score';
import type { Coding } from '../terminology';
import type { TestKind } from './types';

/** One test in the plan (one entry per test, however many causes it serves). */
export interface WorkupEntry {
  testId: string;
  name: string;
  kind: TestKind;
  codes: Coding[];
  /** 1-based rank in the plan. */
  priority: number;
  score: number;
  /** Binary entropy (bits) of the leading-cause mass this test is linked to: 1 = perfect half-split. */
  separation: number;
  /** Cause ids the test helps with, largest contribution to the score first. */
  helpsWith: string[];
  /** True when the test serves a cause named by a fired red-flag alert (scored with the alert floor). */
  forAlert: boolean;
}

/** The smallest most-probable prefix of the ranking covering ≥ 90 % of probability, at most 8 causes. */
export function leadingCauses(ranked: readonly RankedCause[]): RankedCause[] {
  const leading: RankedCause[] = [];
  let mass = 0;
  for (const cause of ranked) {
    if (mass >= LEADING_PROBABILITY_MASS || leading.length >= LEADING_MAX_CAUSES) break;
    leading.push(cause);
    mass += cause.probability;
  }
  return leading;
}

/**
 * Ranks the tests of the leading and can't-miss causes by Σ P(c)·urgency·role / priority, where a
 * cause named by a fired alert counts with P at least ALERT_CAUSE_PROBABILITY_FLOOR.
 */
export function planWorkup(
  index: EngineIndex,
  ranked: readonly RankedCause[],
  cantMiss: readonly CantMissCause[],
): WorkupEntry[] {
  const leading = leadingCauses(ranked);
  const leadingIds = new Set(leading.map((c) => c.id));
  const leadingMass = leading.reduce((sum, c) => sum + c.probability, 0);
  const considered = [...leadingIds, ...cantMiss.map((c) => c.id).filter((id) => !leadingIds.has(id))];
  // Only the considered causes' probabilities are needed: one pass, no map of the whole ranking.
  const wanted = new Set(considered);
  const probabilityById = new Map<string, number>();
  for (const c of ranked) if (wanted.has(c.id)) probabilityById.set(c.id, c.probability);
  const alerted = new Set(cantMiss.filter((c) => c.alertIds.length > 0).map((c) => c.id));

  const byTest = new Map<string, { contributions: Map<string, number>; linkedLeadingMass: number; forAlert: boolean }>();
  for (const causeId of considered) {
    const model = index.causeById.get(causeId);
    const probability = probabilityById.get(causeId);
    if (!model || probability === undefined) throw new Error(`Workup: cause "${causeId}" is not in the ranking for catalog ${index.version}`);
    for (const link of model.cause.tests) {
      const entry = byTest.get(link.testId) ?? { contributions: new Map<string, number>(), linkedLeadingMass: 0, forAlert: false };
      const isAlerted = alerted.has(causeId);
      const weighted = isAlerted ? Math.max(probability, ALERT_CAUSE_PROBABILITY_FLOOR) : probability;
      const contribution = (weighted * URGENCY_WEIGHT[model.cause.urgency] * TEST_ROLE_WEIGHT[link.role]) / link.priority;
      entry.contributions.set(causeId, contribution);
      if (isAlerted) entry.forAlert = true;
      if (leadingIds.has(causeId)) entry.linkedLeadingMass += probability;
      byTest.set(link.testId, entry);
    }
  }

  const entries = [...byTest].map(([testId, { contributions, linkedLeadingMass, forAlert }]) => {
    const test = index.testById.get(testId)!; // links were checked by buildEngineIndex
    const helpsWith = [...contributions].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
    return {
      testId,
      name: test.name,
      kind: test.kind,
      codes: test.codes,
      priority: 0,
      score: helpsWith.reduce((sum, [, contribution]) => sum + contribution, 0),
      separation: leadingMass > 0 ? binaryEntropy(linkedLeadingMass / leadingMass) : 0,
      helpsWith: helpsWith.map(([causeId]) => causeId),
      forAlert,
    };
  });
  entries.sort((a, b) => b.score - a.score || compareText(a.name, b.name));
  // In place, not `{ ...entry, priority }`: these entries are this call's own, and V8 builds a
  // spread followed by more properties many times slower.
  entries.forEach((entry, i) => (entry.priority = i + 1));
  return entries;
}
