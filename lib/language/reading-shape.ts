// The shape of a reading within one list item: how many other words it steps over, whether a site it
// steps over is coordinated with the next ("fingers and toes"), and which of two overlapping readings
// keeps a word. Pure and universal.
import { QUALIFIER_GROUP } from './finding-index';
import type { Canon } from './lexicon';
import type { ItemMatch } from './match-item';

const COORDINATORS = new Set(['and', 'or', '&', '/']);
/** Words that join two phrases in a sequence: a reading crossing one is checked like one crossing "and". */
const PHRASE_JOINS = new Set([...COORDINATORS, 'followed', 'then']);

/** The first position after `i` that is not filler (seq.length if none). */
export function nextWordAt(seq: readonly Canon[], i: number): number {
  let k = i + 1;
  while (k < seq.length && seq[k]!.ignored) k++;
  return k;
}

/** The last position before `i` that is not filler (-1 if none). */
function previousWordAt(seq: readonly Canon[], i: number): number {
  let k = i - 1;
  while (k >= 0 && seq[k]!.ignored) k--;
  return k;
}

/**
 * A site joined to the next site by "and"/"or" shares its words ("tingling in fingers and toes" is
 * tingling of the toes too), also when one word that is not a symptom stands before that site ("the
 * groin and inner thigh"; "numb feet and cramps in the legs" are two readings).
 */
export function coordinated(seq: readonly Canon[], p: number, isHead: (word: string) => boolean): boolean {
  let j = p + 1;
  while (j < seq.length && seq[j]!.cls === 'site' && seq[j]!.word === seq[p]!.word) j++;
  // A comma joins sites only inside a list that an "and"/"or" closes ("the face, hands and feet"; not
  // "numb feet, legs weak").
  const comma = seq[j]?.word === ',';
  if (!COORDINATORS.has(seq[j]?.word ?? '') && !comma) return false;
  const k = nextWordAt(seq, j);
  if (seq[k]?.cls === 'site') return !comma || coordinated(seq, k, isHead);
  if (comma) return false;
  if (!seq[k] || seq[k]!.kind !== 'word' || isHead(seq[k]!.word)) return false;
  return seq[nextWordAt(seq, k)]?.cls === 'site';
}

/** Whether the comma at `i` stands inside a list of sites that an "and"/"or" closes ("the face, hands and feet"; not "both legs, back pain"). */
export function commaInSiteList(seq: readonly Canon[], i: number, isHead: (word: string) => boolean): boolean {
  if (seq[i]?.word !== ',') return false;
  const before = previousWordAt(seq, i);
  return seq[before]?.cls === 'site' && coordinated(seq, before, isHead);
}

/** How many other content words stand between a reading's first and last word. */
export function gapOf(m: ItemMatch, content: readonly number[], seq: readonly Canon[]): number {
  const used = new Set(m.positions);
  let gap = 0;
  for (const p of content) {
    if (p <= m.first || p >= m.last || used.has(p)) continue;
    if (seq[p]!.kind === 'word' && !seq[p]!.ignored) gap++;
  }
  return gap;
}

function isStatusWord(c: Canon): boolean {
  return c.cls !== undefined && QUALIFIER_GROUP[c.cls] === 'status';
}

/** The accepted readings without a spread one that takes a word an unbroken reading of the words it spans needs. */
export function dropSpreadOverUnbroken(accepted: readonly ItemMatch[], content: readonly number[], seq: readonly Canon[]): ItemMatch[] {
  // A reading spread over two or more other words gives up a word that an unbroken reading of those words also
  // needs: in "back pain and progressively weaker legs" the legs are weak, not the end of a pain down the leg
  // (a status word may serve both: "absent proprioception and vibration at the toes").
  const gaps = new Map(accepted.map((a) => [a, gapOf(a, content, seq)]));
  return accepted.filter(
    (a) => gaps.get(a)! < 2 || !accepted.some((b) => b !== a && gaps.get(b) === 0 && b.positions.some((p) => a.positions.includes(p) && !isStatusWord(seq[p]!)) && b.positions.some((p) => !a.positions.includes(p) && p > a.first && p < a.last)),
  );
}

/**
 * Whether a reading takes, after an "and"/"or", a site that heads a phrase of its own (the site and
 * the word after it are words of one finding term): in "back pain and leg weakness" the leg is the
 * weakness's, not the end of a pain down the leg. A site that ends the coordination ("pain in the
 * back and leg", "numbness and tingling in both feet since") is shared. Only joins inside the list item
 * count (a heading read with its list stands apart: "Reflexes: …, ankles absent").
 */
export function crossesIntoOtherPhrase(seq: readonly Canon[], chosen: readonly number[], formsTerm: (site: string, word: string) => boolean, inItem: ReadonlySet<number>): boolean {
  const lo = Math.min(...chosen);
  const hi = Math.max(...chosen);
  for (let k = lo + 1; k < hi; k++) {
    if (!inItem.has(k) || !PHRASE_JOINS.has(seq[k]!.word)) continue;
    for (const p of chosen) {
      if (p <= k || seq[p]!.cls !== 'site') continue;
      const q = nextWordAt(seq, p);
      const next = seq[q];
      if (next && next.kind === 'word' && (next.cls === undefined || QUALIFIER_GROUP[next.cls] === 'status') && !chosen.includes(q) && formsTerm(seq[p]!.word, next.word)) return true;
    }
  }
  return false;
}

/** Status words a coordination may share at its end: what was looked for and found, or not. */
const SHARED_STATUS = new Set(['absent', 'present', 'negative', 'normal']);
/** Content words the other conjunct may have ("clonus and extensor plantar response absent"). */
const CONJUNCT_REACH = 3;

/**
 * The status word that ends a coordination the reading opens ("clonus and Babinski absent", "clonus or
 * Babinski present"): after the reading's last word an "and"/"or"/"nor", a short other conjunct without a
 * status of its own, then the status word and the end of the list item (a side may follow: "absent
 * bilaterally"). Its position, or undefined.
 */
export function sharedStatusAfter(seq: readonly Canon[], last: number): number | undefined {
  let j = last + 1;
  if (!(COORDINATORS.has(seq[j]?.word ?? '') || seq[j]?.word === 'nor')) return undefined;
  let words = 0;
  for (j++; j < seq.length; j++) {
    const c = seq[j]!;
    if (c.kind === 'symbol' || COORDINATORS.has(c.word)) return undefined;
    if (c.ignored) continue;
    if (isStatusWord(c)) break;
    if (++words > CONJUNCT_REACH) return undefined;
  }
  const status = seq[j];
  if (words === 0 || !status || !SHARED_STATUS.has(status.surface ?? status.word) && !SHARED_STATUS.has(status.word)) return undefined;
  for (let k = j + 1; k < seq.length; k++) {
    const c = seq[k]!;
    if (c.kind === 'symbol') return c.word === ',' || c.word === '\n' || ['.', ';', '!', '?'].includes(c.word) ? j : undefined;
    if (!c.ignored && !(c.cls !== undefined && QUALIFIER_GROUP[c.cls] === 'side')) return undefined;
  }
  return j;
}

/**
 * Whether a reading takes, after an "and"/"or", a word that modifies the symptom right after it, of a
 * kind the term does not name: in "leg weakness and ascending paraesthesiae" the paraesthesiae ascend,
 * not the weakness.
 */
export function modifiesOtherHead(seq: readonly Canon[], chosen: readonly number[], termWords: readonly string[], heads: ReadonlyMap<string, number>, inItem: ReadonlySet<number>): boolean {
  const own = new Set(termWords.map((w) => heads.get(w)).filter((g) => g !== undefined));
  const lo = Math.min(...chosen);
  for (const p of chosen) {
    let joined = false;
    for (let k = lo + 1; k < p; k++) if (inItem.has(k) && PHRASE_JOINS.has(seq[k]!.word)) joined = true;
    if (!joined || heads.has(seq[p]!.word)) continue;
    const q = nextWordAt(seq, p);
    const group = seq[q] ? heads.get(seq[q]!.word) : undefined;
    if (!chosen.includes(q) && group !== undefined && !own.has(group)) return true;
  }
  return false;
}
