// The can't-miss list answers "what dangerous cause is still compatible with this patient?",
// which the probability ranking alone hides when a dangerous cause is rare, and which pertinent
// negatives can hide too: early cauda equina syndrome lacks exactly the late signs a clinician
// records as absent. So a dangerous cause stays listed while any presentation on its red-flag
// rules is still open, whatever its posterior.
import { compareText } from '../search/normalise';
import { supportedByPresent } from './explanations';
import { type EngineIndex } from './engine-index';
import { ALWAYS_ESTABLISHED_EXPOSURES, CANT_MISS_MIN_PROBABILITY } from './parameters';
import { rulesWithTriggerIn, type RedFlagAlert } from './red-flags';
import type { CaseScores, RankedCause } from './score';
import type { EngineCause, EngineRedFlagRule, Urgency } from './types';

/** A dangerous cause that should be considered explicitly. */
export interface CantMissCause {
  id: string;
  name: string;
  urgency: Urgency;
  probability: number;
  /** Fired alerts that name this cause (empty when it is listed on its supporting findings). */
  alertIds: string[];
  /** Unfired red-flag rules naming this cause whose presentation is still open (see openRedFlagRules). */
  openRuleIds: string[];
}

/** What listCantMiss needs to tell which red-flag presentations the entered findings leave open. */
export interface CantMissContext {
  rules: readonly EngineRedFlagRule[];
  present: readonly string[];
  absent: readonly string[];
  /** EngineIndex.rulesByTrigger for these rules: then only rules with a present trigger are looked at (the others cannot be open). */
  rulesByTrigger?: ReadonlyMap<string, readonly number[]>;
}

/**
 * Findings of which a patient has exactly one: the onset categories. Recording one present
 * closes the others, so "chronic" closes a trigger group that needs "acute" without the
 * clinician having to record "acute: absent" as well. Ids missing from a catalog are harmless.
 */
export const EXCLUSIVE_FINDING_SETS: readonly (readonly string[])[] = [
  ['onset-sudden', 'onset-acute', 'onset-subacute', 'onset-chronic'],
];

/** The absent ids plus those ruled out by a present member of an exclusive set. */
export function effectiveAbsent(present: readonly string[], absent: readonly string[]): Set<string> {
  const closed = new Set(absent);
  const presentIds = new Set(present);
  for (const set of EXCLUSIVE_FINDING_SETS) {
    if (!set.some((id) => presentIds.has(id))) continue;
    for (const id of set) if (!presentIds.has(id)) closed.add(id);
  }
  return closed;
}

/**
 * Share of a trigger group that must be present for its presentation to count as under way
 * (estimate). Half keeps "back pain, incontinence not yet asked" open for cauda equina, but not
 * "diabetes" alone for a four-finding epidural-abscess group, which would list every diabetic.
 */
export const OPEN_GROUP_MIN_PRESENT_SHARE = 0.5;

const ALWAYS_ESTABLISHED: ReadonlySet<string> = new Set(ALWAYS_ESTABLISHED_EXPOSURES);

/**
 * Rule ids by cause id for rules that have not fired but have an open trigger group: at least
 * half of its findings present (OPEN_GROUP_MIN_PRESENT_SHARE) and none of the rest recorded
 * absent, directly or through an exclusive set. A group still waiting for an always-established
 * exposure (an injury, a dive, an ICU stay) is not open: the history always establishes it, so
 * unrecorded it counts as absent, as in the ranking (unrecorded-exposure.ts). Otherwise every numb
 * leg would list traumatic spinal injury and decompression sickness as "not yet excluded".
 */
export function openRedFlagRules(context: CantMissContext): Map<string, string[]> {
  const present = new Set(context.present);
  const closed = effectiveAbsent(context.present, context.absent);
  const open = new Map<string, string[]>();
  const candidates = context.rulesByTrigger
    ? rulesWithTriggerIn(context.rulesByTrigger, present).map((r) => context.rules[r]!)
    : context.rules;
  for (const rule of candidates) {
    const fired = rule.triggers.some((group) => group.every((id) => present.has(id)));
    if (fired) continue;
    const isOpen = rule.triggers.some(
      (group) =>
        group.filter((id) => present.has(id)).length >= OPEN_GROUP_MIN_PRESENT_SHARE * group.length &&
        !group.some((id) => closed.has(id) || (!present.has(id) && ALWAYS_ESTABLISHED.has(id))),
    );
    if (!isOpen) continue;
    for (const causeId of rule.causeIds) open.set(causeId, [...(open.get(causeId) ?? []), rule.id]);
  }
  return open;
}

/**
 * Dangerous causes (cantMiss, emergency or urgent) that are named by a fired alert, or supported
 * and ≥ 0.2 %; and dangerous causes (cantMiss or emergency) with an open red-flag presentation
 * whatever their posterior. Emergency first, then by probability.
 */
export function listCantMiss(
  ranked: readonly RankedCause[],
  alerts: readonly RedFlagAlert[],
  context?: CantMissContext,
): CantMissCause[] {
  const alertIdsByCause = alertIdsOf(alerts);
  const openByCause = context ? openRedFlagRules(context) : new Map<string, string[]>();
  const listed: CantMissCause[] = [];
  for (const cause of ranked) {
    if (!isDangerous(cause, alertIdsByCause)) continue;
    const supported = cause.supporting.some((c) => c.state === 'present');
    const entry = cantMissEntry(cause, cause.probability, supported, alertIdsByCause, openByCause);
    if (entry) listed.push(entry);
  }
  return listed.sort(compareCantMiss); // stable: equal entries keep the ranking's order
}

/**
 * listCantMiss on a case scored by position (scorePositions), building no object for a cause that
 * is not listed. Returns the list and the listed causes' positions, in the same order.
 */
export function cantMissByPosition(
  index: EngineIndex,
  scores: CaseScores,
  alerts: readonly RedFlagAlert[],
  context: CantMissContext,
): { list: CantMissCause[]; positions: Int32Array } {
  const alertIdsByCause = alertIdsOf(alerts);
  const openByCause = openRedFlagRules(context);
  const { posterior, evidence, weights } = scores;
  const supported = supportedByPresent(evidence.items, weights, index.tuning.evidenceExponent, index.causes.length);
  const { dangerous, mustNotMiss } = index.causeTable;
  const alerted = markPositions(index, alertIdsByCause.keys());
  const mayBeOpen = markPositions(index, openByCause.keys());
  const found: { entry: CantMissCause; position: number }[] = [];
  // This loop visits every cause of the catalog, so it reads flat arrays and rejects on what
  // cantMissEntry would require (dangerous, supported, probable or open) before touching a cause.
  for (let position = 0; position < posterior.length; position++) {
    if (!alerted[position]) {
      if (!dangerous[position] || !supported[position]) continue;
      if (posterior[position]! < CANT_MISS_MIN_PROBABILITY && !(mayBeOpen[position] && mustNotMiss[position])) continue;
    }
    const { cause } = index.causes[position]!;
    const entry = cantMissEntry(cause, posterior[position]!, supported[position] === 1, alertIdsByCause, openByCause);
    if (entry) found.push({ entry, position });
  }
  // The ranking breaks ties by name rank, so this gives listCantMiss's order on the ranked list.
  found.sort((a, b) => compareCantMiss(a.entry, b.entry) || index.causeNameRank[a.position]! - index.causeNameRank[b.position]!);
  return { list: found.map((f) => f.entry), positions: Int32Array.from(found, (f) => f.position) };
}

function markPositions(index: EngineIndex, causeIds: Iterable<string>): Uint8Array {
  const marks = new Uint8Array(index.causes.length);
  for (const id of causeIds) {
    const model = index.causeById.get(id);
    if (model) marks[model.position] = 1;
  }
  return marks;
}

function alertIdsOf(alerts: readonly RedFlagAlert[]): Map<string, string[]> {
  const alertIdsByCause = new Map<string, string[]>();
  for (const alert of alerts) {
    for (const causeId of alert.causeIds) {
      alertIdsByCause.set(causeId, [...(alertIdsByCause.get(causeId) ?? []), alert.ruleId]);
    }
  }
  return alertIdsByCause;
}

type CauseFacts = Pick<EngineCause, 'id' | 'name' | 'urgency' | 'cantMiss'>;

/** Flagged dangerous, or named by a fired alert (kept even if the catalog forgot to flag it). */
function isDangerous(cause: CauseFacts, alertIdsByCause: ReadonlyMap<string, string[]>): boolean {
  return cause.cantMiss || cause.urgency !== 'routine' || alertIdsByCause.has(cause.id);
}

/** A dangerous cause's entry on the list, or undefined when it is not compatible with the case. */
function cantMissEntry(
  cause: CauseFacts,
  probability: number,
  supportedByPresent: boolean,
  alertIdsByCause: ReadonlyMap<string, string[]>,
  openByCause: ReadonlyMap<string, string[]>,
): CantMissCause | undefined {
  const alertIds = alertIdsByCause.get(cause.id) ?? [];
  const mustNotMiss = cause.cantMiss || cause.urgency === 'emergency';
  const openRuleIds = mustNotMiss ? (openByCause.get(cause.id) ?? []) : [];
  // An open red-flag presentation waives the posterior threshold, not the need for support:
  // pertinent negatives lower the posterior but cannot remove support (present findings give it).
  const compatible =
    alertIds.length > 0 ||
    (supportedByPresent && (openRuleIds.length > 0 || probability >= CANT_MISS_MIN_PROBABILITY));
  if (!compatible) return undefined;
  return { id: cause.id, name: cause.name, urgency: cause.urgency, probability, alertIds, openRuleIds };
}

function compareCantMiss(a: CantMissCause, b: CantMissCause): number {
  return (
    Number(b.urgency === 'emergency') - Number(a.urgency === 'emergency') ||
    b.probability - a.probability ||
    compareText(a.name, b.name)
  );
}
