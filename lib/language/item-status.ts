// The state a reading takes from status words: the term's own ("absent ankle jerks"), the text's ("clonus
// absent", "reflexes normal"), a negation, a "normal" list or a denied heading; and where a term's loss
// lies. Pure and universal; used by match-item.ts.
import type { QualifierClass } from '../schemas/lexicon';
import { QUALIFIER_GROUP } from './finding-index';
import type { Canon } from './lexicon';

export type Status = 'low' | 'high' | 'positive' | 'negative' | 'present' | 'normal';

/** The state a term's status and the text's status word give, or null when they disagree. */
export function stateOf(termStatus: Status | undefined, textStatus: Status | undefined, textAfter: boolean, negated: boolean, textWord: string | undefined, inNormal: boolean, denied: boolean): 'present' | 'absent' | null {
  // "Bowels: nil", "Sphincters: NAD": the heading's abnormality is denied (its normal state, "Power: normal", stated).
  if (denied) return termStatus === 'normal' ? 'present' : 'absent';
  const flip = (s: 'present' | 'absent') => (negated ? (s === 'present' ? 'absent' : 'present') : s);
  // "normal tone, power and reflexes": the list's "normal" rules out each abnormal finding in it.
  if (textStatus === undefined && inNormal && termStatus !== undefined && termStatus !== 'normal') return 'absent';
  switch (termStatus) {
    case 'low': // "absent ankle jerks", "no ankle jerks" (the negation names the loss), "reflexes present" (rules it out)
      if (textStatus === 'low') return flip('present');
      if (textStatus === 'present' || textStatus === 'normal') return negated ? 'present' : 'absent'; // "no palpable pulses"
      if (textStatus === 'negative') return 'absent';
      if (textStatus === 'high' || textStatus === 'positive') return null;
      return negated ? 'present' : null;
    case 'high': // "brisk reflexes", "reflexes normal", "CRP raised"
      if (textStatus === 'high') return flip('present');
      if (textStatus === 'normal' || textStatus === 'negative') return 'absent';
      if (textStatus === 'low') return null;
      return negated ? 'absent' : null;
    case 'positive': // "Romberg positive", "Babinski absent", "SLR negative"; a bare "duplex" is not "positive duplex"
      if (textStatus === 'negative' || textStatus === 'normal' || textStatus === 'low') return 'absent';
      if (textStatus === 'positive' || textStatus === 'present' || textStatus === 'high') return flip('present');
      return negated ? 'absent' : null;
    case 'normal': // "Normal power": the normal state is the finding
      if (textStatus === 'normal' || (textStatus === undefined && inNormal)) return flip('present');
      return null;
    default: // "foot drop", "clonus absent", "gait normal"; "impaired mobility" is the abnormality itself
      if (textStatus === 'negative' || textStatus === 'normal') return 'absent';
      if (textStatus === 'low' && textAfter && textWord === 'absent') return 'absent';
      return flip('present');
  }
}

/** Whether the token after `p` is a word that `p` stands before as its modifier ("absent ankle reflexes"), not a conjunction or a side. */
export function qualifiesNextWord(seq: readonly Canon[], p: number): boolean {
  const next = seq[p + 1];
  return next !== undefined && next.kind === 'word' && !next.ignored && (next.cls === undefined || next.cls === 'site');
}

/**
 * Whether a term whose loss its own words say ("saddle anaesthesia": the "reduced" of its anaesthesia) is
 * followed by a word that denies it: "saddle anaesthesia absent bilaterally", "Saddle anaesthesia: absent"
 * ("Ankle jerks: absent" names the loss: its "absent" is not the term's own).
 */
export function deniedAfter(seq: readonly Canon[], termStatus: Status | undefined, textStatus: Status | undefined, statusPos: number | undefined, chosen: readonly number[]): boolean {
  if (termStatus !== 'low' || textStatus !== 'low' || statusPos === undefined) return false;
  const last = Math.max(...chosen);
  if (statusPos > last || statusPos < Math.min(...chosen)) return false;
  let next = last + 1;
  while (next < seq.length && (seq[next]!.ignored || seq[next]!.word === ':')) next++;
  const c = seq[next];
  if (!c || !(c.word === 'absent' || c.cls === 'negative' || c.cls === 'normal')) return false;
  return !qualifiesNextWord(seq, next);
}

/** Whether the word a term's status word qualifies ("reduced sensation") is among those not written. */
export function lostLeftOut(words: readonly string[], missing: readonly string[], qualifiers: ReadonlyMap<string, QualifierClass>): boolean {
  const k = words.findIndex((w) => { const c = qualifiers.get(w); return c !== undefined && QUALIFIER_GROUP[c] === 'status'; });
  return k >= 0 && k + 1 < words.length && missing.includes(words[k + 1]!);
}

/** Where the word a term's status word qualifies (what is lost) was read, if it was. */
export function lostPosition(words: readonly string[], present: readonly string[], chosen: readonly number[], qualifiers: ReadonlyMap<string, QualifierClass>): number | undefined {
  const k = words.findIndex((w) => { const c = qualifiers.get(w); return c !== undefined && QUALIFIER_GROUP[c] === 'status'; });
  const at = k >= 0 ? present.indexOf(words[k + 1] ?? '') : -1;
  return at >= 0 ? chosen[at] : undefined;
}

/** Low against high: the two status classes that contradict each other. */
export function opposite(a: QualifierClass | undefined, b: QualifierClass): boolean {
  return (a === 'low' && b === 'high') || (a === 'high' && b === 'low');
}
