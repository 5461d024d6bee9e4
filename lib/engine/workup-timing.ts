// The workup by urgency: each test of the plan placed in "now (minutes)", "today" or
// "outpatient", from the test's own timing, raised when a fired alert names the test or when it
// serves a cause an alert names; tests an alert names lead their group (in cauda equina, the MRI).
import type { CantMissCause } from './cant-miss';
import type { EngineIndex } from './index';
import type { RedFlagAlert } from './red-flags';
import type { TestRole, TestTiming } from './types';
import type { WorkupEntry } from './workup';
import { wordsOf } from '../search/normalise';

/** A plan entry with its urgency group, its role for the cause it serves most, and whether an alert names it. */
export interface TimedWorkupEntry extends WorkupEntry {
  timing: TestTiming;
  role: TestRole;
  /** A fired alert's action names this test. */
  named: boolean;
  /** Word position of the first mention in the alert's action (-1 when not named): the MRI before the bladder scan. */
  mention: number;
}

/** Display order of the urgency groups. */
export const TIMING_ORDER: readonly TestTiming[] = ['now', 'today', 'outpatient'];

const FILLER = new Set(['a', 'an', 'and', 'of', 'the', 'with', 'or', 'in', 'for', 'to', 'at']);

/**
 * Where the text names the test: the word position of the earliest mention of its name or a
 * synonym (every meaningful word present, plurals allowed), or -1 when it does not name it.
 */
export function mentionOf(text: string, test: { name: string; synonyms?: readonly string[] }): number {
  const words = wordsOf(text);
  const at = (w: string) => words.findIndex((t) => t === w || t === `${w}s` || t === `${w}es`);
  let first = -1;
  for (const phrase of [test.name, ...(test.synonyms ?? [])]) {
    const wanted = wordsOf(phrase).filter((w) => !FILLER.has(w));
    if (wanted.length === 0 || (wanted.length === 1 && wanted[0]!.length < 3)) continue;
    const positions = wanted.map(at);
    if (positions.some((p) => p < 0)) continue;
    const start = Math.min(...positions);
    if (first < 0 || start < first) first = start;
  }
  return first;
}

const sooner = (a: TestTiming, b: TestTiming): TestTiming => (TIMING_ORDER.indexOf(a) <= TIMING_ORDER.indexOf(b) ? a : b);

/** Adds timing, role and `named` to each plan entry, and orders them: group, then named, then alert-linked, then plan order. */
export function timeWorkup(
  index: EngineIndex,
  workup: readonly WorkupEntry[],
  alerts: readonly RedFlagAlert[],
  cantMiss: readonly CantMissCause[],
): TimedWorkupEntry[] {
  const alerted = new Set(cantMiss.filter((c) => c.alertIds.length > 0).map((c) => c.id));
  const timed = workup.map((entry): TimedWorkupEntry => {
    const test = index.testById.get(entry.testId);
    const linkOf = (causeId: string) => index.causeById.get(causeId)?.cause.tests.find((l) => l.testId === entry.testId);
    const role = linkOf(entry.helpsWith[0] ?? '')?.role ?? 'if_indicated';
    let timing: TestTiming = test?.timing ?? 'outpatient';
    // A hospital test done today only for routine causes waits for clinic; the bedside exam stays quick.
    const routineOnly = entry.helpsWith.every((id) => index.causeById.get(id)?.cause.urgency === 'routine');
    if (routineOnly && test?.kind !== 'bedside') timing = 'outpatient';
    for (const causeId of entry.helpsWith) {
      const link = linkOf(causeId);
      if (!alerted.has(causeId) || !link || link.role === 'if_indicated') continue;
      timing = sooner(timing, index.causeById.get(causeId)!.cause.urgency === 'emergency' ? 'now' : 'today');
    }
    // Alerts are emergency first, so the first naming alert is the most urgent one.
    const naming = test ? alerts.find((a) => mentionOf(a.action, test) >= 0) : undefined;
    const mention = naming && test ? alerts.indexOf(naming) * 1000 + mentionOf(naming.action, test) : -1;
    if (naming) timing = sooner(timing, naming.level === 'emergency' ? 'now' : 'today');
    // Not `{ ...entry, timing, … }`: V8 (Node 20) builds a spread followed by more properties
    // some fifty times slower, and this runs for every test of every differential.
    return Object.assign({}, entry, { timing, role, named: naming !== undefined, mention });
  });
  const rank = (e: TimedWorkupEntry) => TIMING_ORDER.indexOf(e.timing) * 4 + (e.named ? 0 : e.forAlert ? 1 : 2);
  return timed.sort((a, b) => rank(a) - rank(b) || (a.named && b.named ? a.mention - b.mention : 0) || a.priority - b.priority);
}
