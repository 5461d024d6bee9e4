// Red-flag rules are deliberately not probabilistic: a fully present trigger group fires its
// alert whatever the posterior says, because these are the presentations that must act now.
import { findingModelOf } from './case-input';
import type { EngineIndex } from './engine-index';
import type { EngineRedFlagRule } from './types';

/** A fired red-flag rule. */
export interface RedFlagAlert {
  ruleId: string;
  name: string;
  level: EngineRedFlagRule['level'];
  message: string;
  action: string;
  /** The findings of every satisfied trigger group, without repeats, in trigger order. */
  findingIds: string[];
  causeIds: string[];
}

/**
 * Alerts for every rule with at least one fully present trigger group, emergency first, then by
 * rule id; an urgent alert whose causes are all named by a fired emergency alert is left out.
 */
export function evaluateRedFlags(index: EngineIndex, present: readonly string[]): RedFlagAlert[] {
  for (const id of present) findingModelOf(index, id);
  const presentIds = new Set(present);
  const alerts: RedFlagAlert[] = [];
  // index.rules is already in reporting order (emergency first, then id), so output is deterministic.
  // A rule fires only on a fully present group, so only rules with a present trigger are looked at.
  for (const r of rulesWithTriggerIn(index.rulesByTrigger, presentIds)) {
    const rule = index.rules[r]!;
    const satisfied = rule.triggers.filter((group) => group.every((id) => presentIds.has(id)));
    if (satisfied.length === 0) continue;
    alerts.push({
      ruleId: rule.id,
      name: rule.name,
      level: rule.level,
      message: rule.message,
      action: rule.action,
      findingIds: [...new Set(satisfied.flat())],
      causeIds: [...rule.causeIds],
    });
  }
  return withoutSupersededUrgent(alerts);
}

/** Positions of the rules with at least one trigger among the ids, ascending (reporting order). */
export function rulesWithTriggerIn(byTrigger: ReadonlyMap<string, readonly number[]>, ids: Iterable<string>): number[] {
  const found = new Set<number>();
  for (const id of ids) for (const r of byTrigger.get(id) ?? []) found.add(r);
  return [...found].sort((a, b) => a - b);
}

// An urgent "no deficit yet" alert (e.g. MRI within 1 week for spinal pain in cancer) next to the
// emergency alert for the same causes would give two timings for one problem, the slower one wrong.
function withoutSupersededUrgent(alerts: RedFlagAlert[]): RedFlagAlert[] {
  const emergencyCauses = new Set(alerts.filter((a) => a.level === 'emergency').flatMap((a) => a.causeIds));
  return alerts.filter((a) => a.level === 'emergency' || !a.causeIds.every((id) => emergencyCauses.has(id)));
}
