// Matching one list item of a note ("absent ankle jerks", "no fever", "SLR +ve L at 40 deg")
// against the finding terms: content words close together, status words deciding the state.
import type { QualifierClass } from '../schemas/lexicon';
import { QUALIFIER_GROUP, TIME_SCALES, type LanguageFinding, type LanguageIndex, type Term } from './finding-index';
import type { Canon } from './lexicon';
import { coordinated, crossesIntoOtherPhrase, dropSpreadOverUnbroken, gapOf, modifiesOtherHead, sharedStatusAfter } from './reading-shape';
import type { Scopes } from './scopes';
import { deniedAfter, lostLeftOut, lostPosition, opposite, qualifiesNextWord, stateOf, type Status } from './item-status';

/** A finding read from one list item. */
export interface ItemMatch {
  findingId: string;
  /** The label or synonym it matched. */
  term: string;
  state: 'present' | 'absent';
  /** Token positions it used (words and the status word), first and last. */
  positions: number[];
  first: number;
  last: number;
  score: number;
  /** Positions of parts that stood for a whole the term names ("foot" for "leg"). */
  implied: number[];
  /** Read for an attribute entry point. */
  entryPoint: boolean;
  /** A word of the term was not written. */
  partial: boolean;
  /** The word its status qualifies (what is lost: the "sensation" of "numbness") was not written. */
  lostLeftOut: boolean;
  /** It stepped over a coordinated site ("tingling in toes and fingertips" read as tingling fingers): its words serve that site too. */
  shared: boolean;
}

/** Extra content words allowed between a term's words ("numbness and tingling in both feet"). */
const SLACK = 3;
/** How far (in content words) a status word may stand from the words it qualifies; a term without a status of its own takes only an adjacent one. */
const STATUS_REACH = 3;
const ADJACENT = 1;

/** Words naming an investigation, by the finding kind they report. */
const MODALITY: Record<string, string> = { ncs: 'neurophysiology', emg: 'neurophysiology', snap: 'neurophysiology', cmap: 'neurophysiology', vep: 'neurophysiology', mri: 'imaging', ct: 'imaging', ultrasound: 'imaging', xray: 'imaging', radiograph: 'imaging', doppler: 'imaging' };
const MODALITY_KINDS = new Set(['imaging', 'neurophysiology']);

function isQualifier(cls: QualifierClass | undefined): boolean {
  return cls !== undefined && QUALIFIER_GROUP[cls] !== 'site';
}

/** The findings of one list item (`positions` into `seq`), overlapping readings resolved. */
export function matchItem<F extends LanguageFinding>(index: LanguageIndex<F>, seq: readonly Canon[], scopes: Scopes, positions: readonly number[]): ItemMatch[] {
  const { lexicon } = index;
  const content = positions.filter((i) => seq[i]!.kind === 'word' && !seq[i]!.ignored && !scopes.trigger[i]);
  const inItem = new Set(positions);
  const rank = new Map(content.map((p, k) => [p, k]));
  const at = new Map<string, number[]>();
  for (const p of content) (at.get(seq[p]!.word) ?? at.set(seq[p]!.word, []).get(seq[p]!.word)!).push(p);
  // A part stands for its whole where the whole is not written ("numb left foot" is numbness of one leg).
  for (const p of content) for (const whole of lexicon.implies.get(seq[p]!.word) ?? []) if (!at.has(whole) || at.get(whole)!.some((q) => lexicon.implies.has(seq[q]!.word))) (at.get(whole) ?? at.set(whole, []).get(whole)!).push(p);
  const itemClasses = new Map<string, Set<QualifierClass>>();
  for (const p of content) {
    const cls = seq[p]!.cls;
    if (cls) (itemClasses.get(QUALIFIER_GROUP[cls]) ?? itemClasses.set(QUALIFIER_GROUP[cls], new Set()).get(QUALIFIER_GROUP[cls])!).add(cls);
  }
  // A test named in the item keeps results of other tests out ("NCS: demyelinating" is not MRI demyelination).
  const modalities = new Set(content.map((p) => MODALITY[seq[p]!.word]).filter((k): k is string => k !== undefined));
  const scales = new Set(positions.map((p) => TIME_SCALES.get(seq[p]!.surface ?? seq[p]!.word)).filter((x) => x !== undefined));
  const candidates = new Set<number>();
  for (const word of at.keys()) for (const t of index.termsByWord.get(word) ?? []) candidates.add(t);

  const matches: ItemMatch[] = [];
  for (const t of candidates) {
    const term: Term = index.terms[t]!;
    if (term.timeScale && !scales.has(term.timeScale)) continue;
    const kind = index.findingById.get(term.findingId)?.kind;
    if (modalities.size > 0 && kind && MODALITY_KINDS.has(kind) && !modalities.has(kind)) continue;
    const m = matchTerm(index, seq, scopes, term, content, rank, at, itemClasses, inItem);
    if (m) matches.push(m);
  }
  matches.sort((a, b) => b.score - a.score || b.positions.length - a.positions.length || (a.findingId < b.findingId ? -1 : 1));
  const accepted: ItemMatch[] = [];
  // Words read by an accepted finding, through any of its terms.
  const read = new Set<number>();
  for (const m of matches) {
    if (accepted.some((a) => a.findingId === m.findingId)) {
      for (const p of m.positions) read.add(p);
      continue;
    }
    // A reading inside a larger one is dropped, except that one "normal" rules out several findings at once.
    // A reading spread over two or more other words ("LBP with b/l sciatica" as pain from the back down the leg) does
    // not swallow an unbroken, informative reading it spans ("LBP" stays back pain; a bare "numbness" is not kept as
    // "asymmetric sensory loss"); a compact one does ("back pain radiating down the leg").
    // Nor does a reading that only implies a site ("pain in one leg" from "thigh") swallow one that names it ("thigh pain").
    const namesImpliedSite = (a: ItemMatch) => a.implied.some((p) => m.positions.includes(p) && !m.implied.includes(p));
    const inside = (a: ItemMatch) =>
      m.positions.every((p) => a.positions.includes(p)) &&
      !(a.shared && m.positions.length < a.positions.length) &&
      !(gapOf(a, content, seq) >= 2 && gapOf(m, content, seq) === 0 && m.score >= (2 * a.score) / 3) &&
      !namesImpliedSite(a);
    if (accepted.some((a) => inside(a) && !(a.state === 'absent' && m.state === 'absent' && a.positions.length === m.positions.length))) continue;
    // A weaker reading (an entry point, one with a word left out, or one whose site is only implied) adds
    // nothing when other findings already read its own words: "no sensory level" is the sensory level,
    // "feet hurt when the sheets touch them" allodynia, "brisk knee reflexes with extensor plantars" not weak knee extensors.
    const own = m.positions.filter((p) => !m.implied.includes(p));
    if ((m.entryPoint || m.partial || m.implied.length > 0) && own.every((p) => read.has(p))) continue;
    // Nor does a reading that left out what is lost (not a site) take the status word of a whole one: in
    // "vibration absent at both great toes" the absence is the vibration's, not a numb big toe's.
    const isStatus = (p: number) => seq[p]!.cls !== undefined && QUALIFIER_GROUP[seq[p]!.cls!] === 'status';
    if (m.lostLeftOut && accepted.some((a) => !a.partial && a.positions.some((p) => isStatus(p) && m.positions.includes(p)))) continue;
    accepted.push(m);
    for (const p of m.positions) read.add(p);
  }
  return dropSpreadOverUnbroken(accepted, content, seq);
}

function matchTerm<F extends LanguageFinding>(
  index: LanguageIndex<F>,
  seq: readonly Canon[],
  scopes: Scopes,
  term: Term,
  content: readonly number[],
  rank: ReadonlyMap<number, number>,
  at: ReadonlyMap<string, number[]>,
  itemClasses: ReadonlyMap<string, Set<QualifierClass>>,
  inItem: ReadonlySet<number>,
): ItemMatch | null {
  const { lexicon } = index;
  if (term.generic) return null;
  const required = term.words.filter((w) => !isQualifier(lexicon.qualifiers.get(w)) && !/^\d+(\.\d+)?$/.test(w));
  if (required.length === 0) return null;
  // An attribute entry point summarises the presentation: every word of its term must be written, the
  // qualifiers that carry its meaning included ("power" is not "Normal power", "legs" not "Both legs, asymmetric",
  // "progressive … loss" not "Non-progressive").
  if (term.entryPoint && term.words.some((w) => !at.has(w) && !/^\d+(\.\d+)?$/.test(w))) return null;
  const idf = (w: string) => index.idf.get(w) ?? 0;
  const missing = required.filter((w) => !at.has(w));
  const totalIdf = required.reduce((s, w) => s + idf(w), 0);
  const missingIdf = missing.reduce((s, w) => s + idf(w), 0);
  // One word may be missing from a longer term, never a body site ("back pain" is not "pain from the back down the leg").
  // A test result never: its words name the test and the place, the one left out is the result ("MRI spine: swollen cord" is not cord compression).
  const result = MODALITY_KINDS.has(index.findingById.get(term.findingId)?.kind ?? '');
  if (missing.length > 1 || (missing.length === 1 && (result || required.length < 3 || missingIdf > 0.3 * totalIdf || lexicon.qualifiers.get(missing[0]!) === 'site'))) return null;
  const present = required.filter((w) => at.has(w)).sort((a, b) => idf(b) - idf(a));
  // An implied whole ("leg" from "toes") never carries a term alone ("Heavy legs" needs legs).
  const isImplied = (w: string) => at.get(w)!.every((p) => seq[p]!.word !== w);
  if (present.every((w) => isImplied(w) || lexicon.qualifiers.get(w) === 'site')) {
    if (present.some(isImplied)) return null;
  }
  const anchor = at.get(present[0]!)![0]!;
  const chosen = present.map((w) => at.get(w)!.reduce((best, p) => (Math.abs(rank.get(p)! - rank.get(anchor)!) < Math.abs(rank.get(best)! - rank.get(anchor)!) ? p : best)));
  const ranks = chosen.map((p) => rank.get(p)!);
  const lo = Math.min(...ranks);
  const hi = Math.max(...ranks);
  if (hi - lo + 1 > new Set(chosen).size + SLACK) return null;
  // Nor what the finding is (a head word) when the words read name another kind in its place ("sudden leg
  // weakness" is not "sudden severe pain in one leg"), or name only where it is without a word of its group
  // ("sudden leg numbness" is not that pain either, "pedal pulses 2+" not "weak pedal pulses"); "they burn at
  // night" is still pain at night, and "…, worse on coughing" still pain worse on coughing.
  // The head that says what the finding is comes first ("Pain from light touch": pain); another one left out
  // ("touch sensation") only says how.
  const firstHead = term.words.find((w) => lexicon.heads.has(w));
  const missingHead = missing.length === 1 && missing[0] === firstHead ? lexicon.heads.get(missing[0]!) : undefined;
  if (missingHead !== undefined) {
    let standsIn = false;
    for (let r = Math.max(0, lo - 1); r <= Math.min(content.length - 1, hi + 1); r++) {
      const group = lexicon.heads.get(seq[content[r]!]!.word);
      // Another kind inside the reading rules it out; beside it only when nothing of the term's kind stands in.
      if (group !== undefined && group !== missingHead && r >= lo && r <= hi) return null;
      if (group === missingHead) standsIn = true;
    }
    for (const r of [lo - 1, hi + 1]) {
      const group = r >= 0 && r < content.length ? lexicon.heads.get(seq[content[r]!]!.word) : undefined;
      if (group !== undefined && group !== missingHead && !standsIn) return null;
    }
    if (!standsIn && chosen.some((p) => seq[p]!.cls === 'site')) return null;
  }
  // A body site between the words belongs to something else ("numb feet and cramps in the legs").
  const chosenSet = new Set(chosen);
  let shared = false;
  for (let r = lo + 1; r < hi; r++) {
    const p = content[r]!;
    if (chosenSet.has(p) || seq[p]!.cls !== 'site' || term.words.includes(seq[p]!.word)) continue;
    if (!coordinated(seq, p, (word) => lexicon.heads.has(word))) return null;
    shared = true;
  }

  // Side and level: the term's or its label's must not contradict the item's ("left" vs "both").
  const labelQuals = index.labelQualifiers.get(term.findingId);
  for (const group of ['side', 'level'] as const) {
    const termCls = term.words.map((w) => lexicon.qualifiers.get(w)).find((c) => c && QUALIFIER_GROUP[c] === group) ?? labelQuals?.get(group);
    let textCls = itemClasses.get(group);
    // No side written: the number says it ("numb feet" both, "leg goes numb" one).
    if (group === 'side' && !textCls) {
      if (chosen.some((p) => seq[p]!.plural)) textCls = new Set(['both']);
      else if (chosen.some((p) => seq[p]!.cls === 'site')) textCls = new Set(['one']);
    }
    if (termCls && textCls && !textCls.has(termCls)) return null;
    // A side or level the term itself names ("One-sided weakness", "Upper back pain") must be said, not left open.
    const ownCls = term.words.map((w) => lexicon.qualifiers.get(w)).find((c) => c && QUALIFIER_GROUP[c] === group);
    if (ownCls && !textCls) return null;
  }
  if (crossesIntoOtherPhrase(seq, chosen, (site, word) => (index.termsByWord.get(site) ?? []).some((t) => index.termsByWord.get(word)?.includes(t)), inItem)) return null;
  if (modifiesOtherHead(seq, chosen, term.words, lexicon.heads, inItem)) return null;
  if (chosen.some((p) => scopes.uncertain[p])) return null;
  if (chosen.some((p) => scopes.family[p]) && !index.familyFindings.has(term.findingId)) return null;

  const termStatus = term.words.map((w) => lexicon.qualifiers.get(w)).find((c) => c && QUALIFIER_GROUP[c] === 'status') as Status | undefined;
  let statusPos: number | undefined;
  let statusDistance = Infinity;
  for (const p of content) {
    const cls = seq[p]!.cls;
    if (!cls || QUALIFIER_GROUP[cls] !== 'status') continue;
    const r = rank.get(p)!;
    const d = r < lo ? lo - r : r > hi ? r - hi : 0;
    if (d <= (termStatus ? STATUS_REACH : ADJACENT) && d < statusDistance) {
      statusDistance = d;
      statusPos = p;
    }
  }
  // A status word after a term without one of its own, that comes right before a word it qualifies,
  // belongs to that word: "weakness of both legs and absent ankle reflexes" is weakness, present.
  if (!termStatus && statusPos !== undefined && rank.get(statusPos)! > hi && qualifiesNextWord(seq, statusPos)) statusPos = undefined;
  // A sign with no status of its own takes the one that ends its coordination: "clonus and Babinski absent".
  if (!termStatus && statusPos === undefined && index.findingById.get(term.findingId)?.kind === 'sign') statusPos = sharedStatusAfter(seq, Math.max(...chosen));
  const textStatus = statusPos === undefined ? undefined : (seq[statusPos]!.cls as Status);
  // Its head left out, a term whose label says the abnormality with a status word needs one in the text:
  // "femoral pulses 1+" is not "weak femoral pulses" (of "Absent femoral pulses").
  if (missingHead !== undefined && !termStatus && textStatus === undefined && index.labelStatus.get(term.findingId) !== undefined) return null;
  const negated = chosen.some((p) => scopes.negated[p]) || deniedAfter(seq, termStatus, textStatus, statusPos, chosen);
  // A negation names a loss only when it covers what is lost: "plantars flexor" ("no extensor plantar") beside
  // reflexes is not "extensor plantars with areflexia" by the negation of its plantars.
  const lostAt = termStatus === 'low' && textStatus === undefined ? lostPosition(term.words, present, chosen, lexicon.qualifiers) : undefined;
  if (negated && lostAt !== undefined && !scopes.negated[lostAt]) return null;
  const inNormal = chosen.some((p) => scopes.normal[p]);
  const denied = chosen.every((p) => scopes.denied[p]);
  const state = stateOf(termStatus, textStatus, statusPos !== undefined && rank.get(statusPos)! > hi, negated, statusPos === undefined ? undefined : seq[statusPos]!.word, inNormal, denied);
  if (!state) return null;
  // A synonym without a status word still means its label's: "Asymmetric ankle jerk" (of a reduced reflex) is not "reflexes brisk".
  if (!termStatus && textStatus && opposite(index.labelStatus.get(term.findingId), textStatus)) return null;
  // A part stands for its whole when present, never to deny it ("ankle reflexes normal" says nothing of the knees).
  const implied = chosen.filter((p, k) => seq[p]!.word !== present[k]);
  if (state === 'absent' && implied.length > 0) return null;
  const used = statusPos === undefined ? chosen : [...chosen, statusPos];
  // Ties go to the finding whose label the item says ("Type 1 diabetes": diabetes, not autoimmunity).
  const label = index.labelWords.get(term.findingId) ?? [];
  const labelShare = label.length > 0 ? label.filter((w) => at.has(w)).length / label.length : 0;
  // A whole only implied by its part ("Mottled limb" from "mottled foot") adds no weight: the written words decide.
  const score = present.reduce((s, w, k) => s + (implied.includes(chosen[k]!) ? 0 : idf(w)), 0) * (1 - missingIdf / Math.max(totalIdf, 1e-9)) + (termStatus && textStatus === termStatus ? 0.5 : 0) + 0.3 * labelShare;
  return { term: term.text, findingId: term.findingId, state, positions: [...new Set(used)], first: Math.min(...used), last: Math.max(...used), score, implied, entryPoint: term.entryPoint, partial: missing.length > 0, lostLeftOut: lostLeftOut(term.words, missing, lexicon.qualifiers), shared };
}
