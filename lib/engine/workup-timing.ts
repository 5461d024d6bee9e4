// The workup by urgency: each test of the plan placed in "now (minutes)", "today" or
// "outpatient", from the test's own timing, raised when a fired alert names the test or when it
// serves a cause an alert names; tests an alert names lead their group (in cauda equina, the MRI).
import type { CantMissCause } from './cant-miss';
import type { EngineIndex } from './engine-index';
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
  return mentionIn(firstPositions(wordsOf(text)), phraseWordsOf(test));
}

/**
 * The first position at which each word occurs in the text, itself or as a plural: a text word
 * "scans" answers for "scans", "scan" and "sca", as a scan testing t = w, w + "s" or w + "es" would.
 */
function firstPositions(words: readonly string[]): ReadonlyMap<string, number> {
  const first = new Map<string, number>();
  const note = (key: string, i: number) => first.has(key) || first.set(key, i);
  words.forEach((word, i) => {
    note(word, i);
    if (word.endsWith('s')) note(word.slice(0, -1), i);
    if (word.endsWith('es')) note(word.slice(0, -2), i);
  });
  return first;
}

/** mentionOf on the text's first word positions and the test's phrases' meaningful words. */
function mentionIn(first: ReadonlyMap<string, number>, phrases: readonly (readonly string[])[]): number {
  let found = Infinity;
  for (const wanted of phrases) {
    let start = Infinity;
    let all = true;
    for (const w of wanted) {
      const position = first.get(w) ?? Infinity;
      if (position === Infinity) {
        all = false;
        break;
      }
      start = Math.min(start, position);
    }
    if (all) found = Math.min(found, start);
  }
  return found === Infinity ? -1 : found;
}

// A test's phrases are split once per test object: the catalog's tests are immutable, and
// normalising their names on every differential cost more than the rest of the workup.
const phraseWordsCache = new WeakMap<object, readonly (readonly string[])[]>();

/** The meaningful words of the test's name and each synonym, leaving out phrases too short to name it. */
function phraseWordsOf(test: { name: string; synonyms?: readonly string[] }): readonly (readonly string[])[] {
  const known = phraseWordsCache.get(test);
  if (known) return known;
  const phrases = [test.name, ...(test.synonyms ?? [])]
    .map((phrase) => wordsOf(phrase).filter((w) => !FILLER.has(w)))
    .filter((wanted) => wanted.length > 0 && !(wanted.length === 1 && wanted[0]!.length < 3));
  phraseWordsCache.set(test, phrases);
  return phrases;
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
  const actionWords = alerts.map((a) => firstPositions(wordsOf(a.action)));
  const timed = workup.map((entry): TimedWorkupEntry => {
    const test = index.testById.get(entry.testId);
    const role = linkOf(index, entry.helpsWith[0] ?? '', entry.testId)?.role ?? 'if_indicated';
    let timing: TestTiming = test?.timing ?? 'outpatient';
    // A hospital test done today only for routine causes waits for clinic; the bedside exam stays quick.
    const routineOnly = entry.helpsWith.every((id) => index.causeById.get(id)?.cause.urgency === 'routine');
    if (routineOnly && test?.kind !== 'bedside') timing = 'outpatient';
    for (const causeId of entry.helpsWith) {
      const link = linkOf(index, causeId, entry.testId);
      if (!alerted.has(causeId) || !link || link.role === 'if_indicated') continue;
      timing = sooner(timing, index.causeById.get(causeId)!.cause.urgency === 'emergency' ? 'now' : 'today');
    }
    // Alerts are emergency first, so the first naming alert is the most urgent one.
    const phrases = test ? phraseWordsOf(test) : [];
    let mention = -1;
    let naming: RedFlagAlert | undefined;
    for (let a = 0; a < alerts.length && !naming; a++) {
      const at = mentionIn(actionWords[a]!, phrases);
      if (at >= 0) [naming, mention] = [alerts[a]!, a * 1000 + at];
    }
    if (naming) timing = sooner(timing, naming.level === 'emergency' ? 'now' : 'today');
    // Not `{ ...entry, timing, … }`: V8 (Node 20) builds a spread followed by more properties
    // some fifty times slower, and this runs for every test of every differential.
    return Object.assign({}, entry, { timing, role, named: naming !== undefined, mention });
  });
  return timed.sort((a, b) => groupRank(a) - groupRank(b) || (a.named && b.named ? a.mention - b.mention : 0) || a.priority - b.priority);
}

// Module functions rather than closures in the loop above: it runs for every test of every differential.
function linkOf(index: EngineIndex, causeId: string, testId: string) {
  return index.causeById.get(causeId)?.cause.tests.find((l) => l.testId === testId);
}

function groupRank(e: TimedWorkupEntry): number {
  return TIMING_ORDER.indexOf(e.timing) * 4 + (e.named ? 0 : e.forAlert ? 1 : 2);
}
