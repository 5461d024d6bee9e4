// NegEx-style scopes over a canonical token sequence: which words a negation ("no", "denies",
// "negative for"), a hypothetical ("if", "?", "rule out") or a relative ("aunt has …") covers.
// A scope runs from its trigger to the end of the sentence or a terminator ("but", ";"); a
// negation also stops at a new clause ("has", "reports") and after a few content words.
import type { Canon, CompiledLexicon } from './lexicon';
import { phraseAt } from './lexicon';
import { SENTENCE_BREAKS } from './tokens';

/** Per token: the scopes it lies in, and whether it is itself a trigger word. */
export interface Scopes {
  negated: boolean[];
  uncertain: boolean[];
  family: boolean[];
  /** Covered by a "normal"/"intact" that qualifies a list ("normal tone, power and reflexes"). */
  normal: boolean[];
  /** A heading whose whole value denies it ("Bowels: nil", "Sphincters: NAD", "bladder and bowels fine"). */
  denied: boolean[];
  trigger: boolean[];
}

/** Content words a negation reaches in one list item ("no fever, weight loss or night sweats" needs five in all). */
const NEGATION_REACH = 8;
/** Content words a negation reaches across a list of negatives (a review of systems: "denies fever, chills, …, saddle anesthesia"). */
const LIST_REACH = 40;

/** Content words from a comma to the next item break in one direction. */
function contentAround(seq: readonly Canon[], comma: number, step: 1 | -1): number {
  let count = 0;
  for (let j = comma + step; j >= 0 && j < seq.length; j += step) {
    const c = seq[j]!;
    if (c.kind === 'symbol' && (SENTENCE_BREAKS.has(c.word) || c.word === ',')) break;
    if (c.kind === 'word' && !c.ignored) count++;
  }
  return count;
}

// Status classes that state what was found, so an item carrying one is an observation, not a negated
// list entry; "low" is left out, since "weight loss" in "no fever, weight loss" is a negated entry.
const OWN_STATUS = new Set(['present', 'normal', 'high', 'positive']);

/** Whether the list item starting at `from` (up to the next comma or sentence break) carries a status word. */
function itemHasOwnStatus(seq: readonly Canon[], from: number): boolean {
  for (let j = from; j < seq.length; j++) {
    const c = seq[j]!;
    if (c.word === ',' || (c.kind === 'symbol' && SENTENCE_BREAKS.has(c.word))) return false;
    // "absent" states a finding too ("no extensor plantars, ankle jerks absent"); "loss" or "reduced" may be a negative's own word.
    if (c.cls && (OWN_STATUS.has(c.cls) || c.word === 'absent')) return true;
  }
  return false;
}

/** Content words a heading may have when no colon marks it ("bladder and bowels fine"). */
const BARE_HEADING = 4;

/**
 * Whether the tokens from `from` to the end of the list item are a denial and nothing else: "nil",
 * "none", "NAD", "normal", "intact", "negative" (filler allowed), as the value of a heading.
 */
function denialValueAt(lexicon: CompiledLexicon, seq: readonly Canon[], from: number): boolean {
  let denial = false;
  for (let j = from; j < seq.length; j++) {
    const c = seq[j]!;
    if (c.kind === 'symbol' && (SENTENCE_BREAKS.has(c.word) || c.word === ',')) break;
    const trigger = Math.max(phraseAt(seq, j, lexicon.negationBefore), phraseAt(seq, j, lexicon.negationAfter));
    if (trigger > 0) {
      j += trigger - 1;
      denial = true;
    } else if (c.cls === 'normal' || c.cls === 'negative') denial = true;
    else if (!c.ignored) return false;
  }
  return denial;
}

/**
 * Headings denied by their value: "Bowels: nil", "Retention - no", "Bowels and bladder: normal" (the heading runs back to the
 * sentence start or an earlier colon), and, without a colon, a short sentence of findings the lexicon names
 * outright that ends in "normal"/"fine" ("Bladder and bowels fine."). "No bowel control" still names a loss.
 */
function markDeniedHeadings(lexicon: CompiledLexicon, seq: readonly Canon[], denied: boolean[]): void {
  const isBreak = (i: number) => seq[i]!.kind === 'symbol' && (SENTENCE_BREAKS.has(seq[i]!.word) || seq[i]!.word === ':');
  const headingBefore = (end: number) => {
    let start = end;
    while (start > 0 && !isBreak(start - 1)) start--;
    return start;
  };
  // A colon, or a dash standing apart ("Retention - no"), separates a heading from its value.
  const separates = (i: number) => seq[i]!.word === ':' || (seq[i]!.word === '-' && i > 0 && seq[i - 1]!.end < seq[i]!.start && seq[i + 1] !== undefined && seq[i]!.end < seq[i + 1]!.start);
  for (let i = 0; i < seq.length; i++) {
    if (separates(i) && denialValueAt(lexicon, seq, i + 1)) {
      for (let j = headingBefore(i); j < i; j++) denied[j] = true;
      continue;
    }
    // Without a colon: a trailing "normal" after a short heading of lexicon-named findings.
    const next = seq[i + 1];
    if (seq[i]!.cls === 'normal' && (next === undefined || (next.kind === 'symbol' && SENTENCE_BREAKS.has(next.word)))) {
      const start = headingBefore(i);
      const heading = seq.slice(start, i);
      const content = heading.filter((c) => c.kind === 'word' && !c.ignored);
      if (content.length > 0 && content.length <= BARE_HEADING && content.every((c) => c.finding !== undefined)) for (let j = start; j < i; j++) denied[j] = true;
    }
  }
}

/** The scopes of `seq`. */
export function scopesOf(lexicon: CompiledLexicon, seq: readonly Canon[]): Scopes {
  const n = seq.length;
  const negated = new Array<boolean>(n).fill(false);
  const uncertain = new Array<boolean>(n).fill(false);
  const family = new Array<boolean>(n).fill(false);
  const trigger = new Array<boolean>(n).fill(false);
  const normal = new Array<boolean>(n).fill(false);
  const denied = new Array<boolean>(n).fill(false);
  markDeniedHeadings(lexicon, seq, denied);
  const isBreak = (i: number) => seq[i]!.kind === 'symbol' && SENTENCE_BREAKS.has(seq[i]!.word);
  const ends = (i: number) => isBreak(i) || seq[i]!.word === '(' || seq[i]!.word === ')' || phraseAt(seq, i, lexicon.terminators) > 0;

  for (let i = 0; i < n; i++) {
    const before = phraseAt(seq, i, lexicon.negationBefore);
    const unsure = phraseAt(seq, i, lexicon.uncertain);
    const after = phraseAt(seq, i, lexicon.negationAfter);
    if (unsure > 0) {
      for (let k = i; k < i + unsure; k++) trigger[k] = true;
      // To the end of the sentence, or a "but" ("thought it was sciatica but no back pain"); a "?" or "query"
      // questions its own list item only ("?CES, MRI lumbar spine normal").
      const itemOnly = phraseAt(seq, i, lexicon.uncertainItem) === unsure;
      for (let j = i + unsure; j < n && !isBreak(j) && phraseAt(seq, j, lexicon.terminators) === 0 && !(itemOnly && seq[j]!.word === ','); j++) uncertain[j] = true;
    }
    if (before > 0) {
      for (let k = i; k < i + before; k++) trigger[k] = true;
      // A trigger that may also follow ("warfarin stopped last month") negates its own list item backwards too.
      if (after > 0) for (let j = i - 1; j >= 0 && !isBreak(j) && seq[j]!.word !== ','; j--) negated[j] = true;
      const ownItemOnly = phraseAt(seq, i, lexicon.negationItem) === before;
      let reach = 0;
      let listReach = 0;
      for (let j = i + before; j < n && !ends(j); j++) {
        if (j > i + before && phraseAt(seq, j, lexicon.clauseStarts) > 0) break;
        // A finding that says its own "not" ("No fever, can't pass urine") is not in the list of negatives.
        if (seq[j]!.ownNegation !== undefined && seq[j]!.ownNegation !== seq[i]!.ownNegation) break;
        if (ownItemOnly && seq[j]!.word === ',') break;
        // A list item with its own status word is not in the list of negatives ("no saddle anaesthesia, anal tone preserved").
        if (seq[j]!.word === ',' && itemHasOwnStatus(seq, j + 1)) break;
        negated[j] = true;
        // The reach counts within a list item: each comma starts the next negative.
        if (seq[j]!.word === ',') reach = 0;
        if (seq[j]!.kind === 'word' && !seq[j]!.ignored && (++reach >= NEGATION_REACH || ++listReach >= LIST_REACH)) break;
      }
      i += before - 1;
      continue;
    }
    if (after > 0) {
      for (let k = i; k < i + after; k++) trigger[k] = true;
      // Backwards to the start of the list item or sentence: "MRI: cord compression excluded".
      for (let j = i - 1; j >= 0 && !isBreak(j) && seq[j]!.word !== ','; j--) negated[j] = true;
      continue; // no skip: "was negative for …" is also a trigger for what follows
    }
    if (seq[i]!.cls === 'normal') {
      // Before a list it qualifies what follows; at the end of one, what precedes ("strength, reflexes and vibration sense normal").
      let next = i + 1;
      while (next < n && seq[next]!.ignored) next++;
      const forward = next < n && seq[next]!.kind === 'word';
      let reach = 0;
      for (let j = forward ? i + 1 : i - 1; j >= 0 && j < n && !ends(j); j += forward ? 1 : -1) {
        // Across a comma only into a short list item ("strength, reflexes … normal"), not into a clause.
        if (seq[j]!.word === ',' && contentAround(seq, j, forward ? 1 : -1) > 2) break;
        normal[j] = true;
        if (seq[j]!.kind === 'word' && !seq[j]!.ignored && ++reach >= NEGATION_REACH) break;
      }
    }
    if (seq[i]!.kind === 'word' && lexicon.family.has(seq[i]!.word)) {
      for (let j = i; j < n && !ends(j); j++) family[j] = true;
    }
  }
  return { negated, uncertain, family, normal, denied, trigger };
}
