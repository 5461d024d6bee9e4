// The catalog's findings prepared for clinical language: every label and synonym read through
// the lexicon into canonical words, an inverted index, and word weights by rarity (IDF).
// Pure and universal: the server builds it per catalog snapshot, the browser from the same data.
import { ATTRIBUTE_FINDING_IDS } from '../engine/attributes';
import type { QualifierClass } from '../schemas/lexicon';
import { canonicalise, type Canon, type CompiledLexicon } from './lexicon';
import { tokenize } from './tokens';

/** What the language layer needs of a finding. */
export interface LanguageFinding {
  id: string;
  label: string;
  synonyms: readonly string[];
  /** symptom, sign, history…: lets a duration attach to a symptom rather than to a history item. */
  kind?: string;
}

/** One label or synonym as canonical words. */
export interface Term {
  findingId: string;
  text: string;
  isLabel: boolean;
  /** Canonical content words (qualifiers included, filler left out), each once. */
  words: readonly string[];
  /** Left with one word after filler was dropped ("Getting worse", "Months of symptoms"): too vague to read from a note. */
  generic: boolean;
  /** The term of an attribute entry point ("Static course", "Both legs, asymmetric"): read only from its own words. */
  entryPoint: boolean;
  /** The time scale it names ("Progressive weakness over days" → day): a note must write the same one, or any progressive weakness would do. */
  timeScale?: string;
}

/** Time-scale words (filler for matching) by their scale: a term that names one is about that time scale. */
export const TIME_SCALES: ReadonlyMap<string, string> = new Map([
  ['hour', 'hour'], ['hours', 'hour'], ['hr', 'hour'], ['hrs', 'hour'],
  ['day', 'day'], ['days', 'day'],
  ['week', 'week'], ['weeks', 'week'], ['wk', 'week'], ['wks', 'week'],
  ['month', 'month'], ['months', 'month'], ['mth', 'month'], ['mths', 'month'],
]);

// Function words: dropping them never makes a term vague ("On steroids" stays specific).
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'my', 'his', 'her', 'is', 'are', 'was', 'has', 'have', 'i', 'me', 'it']);

/** Qualifier groups: two classes of one group on the same finding disagree. */
export const QUALIFIER_GROUP: Record<QualifierClass, 'status' | 'side' | 'level' | 'site'> = {
  low: 'status',
  high: 'status',
  positive: 'status',
  negative: 'status',
  present: 'status',
  normal: 'status',
  both: 'side',
  one: 'side',
  upper: 'level',
  lower: 'level',
  site: 'site',
};

/** The prepared index. */
export interface LanguageIndex<F extends LanguageFinding = LanguageFinding> {
  lexicon: CompiledLexicon;
  findings: readonly F[];
  findingById: ReadonlyMap<string, F>;
  terms: readonly Term[];
  /** Term positions by canonical word. */
  termsByWord: ReadonlyMap<string, readonly number[]>;
  /** Inverse document frequency of each canonical word over findings. */
  idf: ReadonlyMap<string, number>;
  maxIdf: number;
  /** The status word a finding's label states ("Reduced ankle reflex on one side" → low). */
  labelStatus: ReadonlyMap<string, QualifierClass>;
  /** Side and level a finding's label states ("Numbness of both feet" → both). */
  labelQualifiers: ReadonlyMap<string, ReadonlyMap<'side' | 'level', QualifierClass>>;
  /** Findings that name the family themselves (family history of …): kept in a family scope. */
  familyFindings: ReadonlySet<string>;
  /** Each finding's label as canonical content words. */
  labelWords: ReadonlyMap<string, readonly string[]>;
  /** Every word the catalog or lexicon knows as written (for spelling correction), by length. */
  knownWords: ReadonlySet<string>;
}

/** The content words of a canonical sequence: filler and symbols dropped; a negation word becomes "absent". */
export function contentWords(lexicon: CompiledLexicon, seq: readonly Canon[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < seq.length; i++) {
    const c = seq[i]!;
    if (c.kind === 'symbol' || c.ignored) continue;
    // "No ankle jerks", "Absent pulses": a term that names an absence carries it as "absent".
    if (lexicon.negationBefore.some((p) => p.length === 1 && p[0] === c.word)) {
      words.push('absent');
      continue;
    }
    words.push(c.word);
  }
  return [...new Set(words)];
}

/** Builds the index over `findings` with `lexicon`. */
export function buildLanguageIndex<F extends LanguageFinding>(findings: readonly F[], lexicon: CompiledLexicon): LanguageIndex<F> {
  const terms: Term[] = [];
  const labelQualifiers = new Map<string, Map<'side' | 'level', QualifierClass>>();
  const labelStatus = new Map<string, QualifierClass>();
  const familyFindings = new Set<string>();
  const labelWords = new Map<string, string[]>();
  const vague = new Set<number>();
  for (const finding of findings) {
    const entryPoint = ATTRIBUTE_FINDING_IDS.has(finding.id);
    terms.push({ findingId: finding.id, text: finding.label, isLabel: true, words: [`#${finding.id}`], generic: false, entryPoint });
    [finding.label, ...finding.synonyms].forEach((text, i) => {
      const seq = canonicalise(lexicon, text);
      const words = contentWords(lexicon, seq);
      const dropped = seq.filter((c) => c.kind === 'word' && c.ignored && !FUNCTION_WORDS.has(c.surface ?? c.word)).length;
      const generic = words.length === 1 && dropped > 0 && !words[0]!.startsWith('#');
      const scale = seq.map((c) => (c.ignored ? TIME_SCALES.get(c.surface ?? c.word) : undefined)).find((x) => x !== undefined);
      const timed = scale ? { timeScale: scale } : {};
      if (generic && dropped >= 2) vague.add(terms.length);
      if (words.length > 0) terms.push({ findingId: finding.id, text, isLabel: i === 0, words, generic, entryPoint, ...timed });
      // A synonym the lexicon turned into a finding token ("Can't pass urine") also keeps its words,
      // so a note that words it slightly differently ("unable to pass urine") still meets it.
      const raw = words.some((w) => w.startsWith('#')) ? contentWords(lexicon, canonicalise(lexicon, text, { phrases: false })) : [];
      if (raw.length > 1) terms.push({ findingId: finding.id, text, isLabel: false, words: raw, generic: false, entryPoint, ...timed });
      if (words.some((w) => lexicon.family.has(w))) familyFindings.add(finding.id);
      if (i === 0) {
        labelWords.set(finding.id, words);
        const quals = new Map<'side' | 'level', QualifierClass>();
        for (const w of words) {
          const cls = lexicon.qualifiers.get(w);
          const group = cls ? QUALIFIER_GROUP[cls] : 'status';
          if (cls && (group === 'side' || group === 'level')) quals.set(group, cls);
          if (cls && group === 'status' && !labelStatus.has(finding.id)) labelStatus.set(finding.id, cls);
        }
        labelQualifiers.set(finding.id, quals);
      }
    });
  }
  const termsByWord = new Map<string, number[]>();
  const findingsByWord = new Map<string, Set<string>>();
  terms.forEach((term, i) => {
    for (const w of term.words) {
      (termsByWord.get(w) ?? termsByWord.set(w, []).get(w)!).push(i);
      (findingsByWord.get(w) ?? findingsByWord.set(w, new Set()).get(w)!).add(term.findingId);
    }
  });
  const n = findings.length;
  const idf = new Map<string, number>();
  for (const [w, set] of findingsByWord) idf.set(w, Math.log(1 + n / set.size));
  // A one-word term left after dropping filler is vague only when that word is common ("worse", "symptoms").
  // (two filler words dropped, as in "Developed over a few weeks", is vague whatever the word).
  terms.forEach((term, i) => {
    if (term.generic && !vague.has(i) && (findingsByWord.get(term.words[0]!)?.size ?? 0) < 3) term.generic = false;
  });
  const maxIdf = Math.log(1 + n);
  const knownWords = new Set<string>([...lexicon.variants.keys(), ...lexicon.ignore]);
  for (const f of findings) for (const text of [f.label, ...f.synonyms]) for (const t of tokenize(text)) if (t.kind === 'word') knownWords.add(t.text);
  for (const list of lexicon.phrases.values()) for (const p of list) for (const w of p.words) if (/^[a-z]+$/.test(w)) knownWords.add(w);
  return {
    knownWords,
    lexicon,
    findings,
    findingById: new Map(findings.map((f) => [f.id, f])),
    terms,
    termsByWord,
    idf,
    maxIdf,
    labelQualifiers,
    labelStatus,
    familyFindings,
    labelWords,
  };
}
