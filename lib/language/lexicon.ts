// The clinical lexicon compiled for matching: word variants, phrases and abbreviations,
// qualifier classes, filler words, negation and family triggers. Built once from the lexicon
// data files (prisma/catalog/lexicon/*.json); pure and universal, so the browser can build it too.
import type { Analyte, LexiconFile, OnsetRules, QualifierClass } from '../schemas/lexicon';
import { foldNumberWords } from './number-words';
import { tokenize, type Token } from './tokens';

/** A token after the lexicon: its canonical word (or a finding id), with the source offsets. */
export interface Canon {
  word: string;
  start: number;
  end: number;
  kind: Token['kind'];
  /** The finding a lexicon phrase names outright. */
  finding?: string;
  cls?: QualifierClass;
  /** Filler, severity, duration: never decides a match. */
  ignored?: boolean;
  /** The word as written (folded), before variants: single-word phrases match on it. */
  surface?: string;
  /** Written as a plural ("feet", "jerks"): a hint of both sides when no side word is written. */
  plural?: boolean;
  /**
   * Rewritten from a phrase that carries its own negation ("can't pass urine", "unable to walk"): the number
   * of that phrase in the text. A negation before it does not reach into it ("no fever, can't pass urine").
   */
  ownNegation?: number;
}

interface Phrase {
  words: string[];
  /** Replacement words (canonical), or a finding id. */
  means?: string[];
  finding?: string;
}

/** The lexicon ready for matching. */
export interface CompiledLexicon {
  variants: ReadonlyMap<string, string>;
  phrases: ReadonlyMap<string, readonly Phrase[]>;
  qualifiers: ReadonlyMap<string, QualifierClass>;
  ignore: ReadonlySet<string>;
  /** Canonical head word → its group (schema: heads). */
  heads: ReadonlyMap<string, number>;
  negationBefore: readonly string[][];
  /** Negations whose scope stops at a comma (schema: negation.beforeItem). */
  negationItem: readonly string[][];
  negationAfter: readonly string[][];
  uncertain: readonly string[][];
  /** Hypothetical triggers whose scope stops at a comma (schema: negation.uncertainItem). */
  uncertainItem: readonly string[][];
  terminators: readonly string[][];
  clauseStarts: readonly string[][];
  family: ReadonlySet<string>;
  /** Canonical part → canonical wholes it implies ("foot" → "leg"). */
  implies: ReadonlyMap<string, readonly string[]>;
  analytes: readonly Analyte[];
  onset?: OnsetRules;
}

// British digraphs and -ize folded in code, so every spelling variant needs no entry of its own
// ("anaesthesia" = "anesthesia", "oedema" = "edema", "immobilized" = "immobilised").
export function foldSpelling(word: string): string {
  let w = word;
  if (w.length > 4) {
    w = w.replace(/(?<=[a-z])ae(?=[a-z])/g, 'e');
    if (!/oes?$/.test(w)) w = w.replace(/(?<=^|[a-z])oe(?=[a-z])/g, 'e');
    w = w.replace(/iz(e|es|ed|ing|ation|ations)$/, 'is$1');
  }
  return w;
}

/** The plural/singular stem used when a word has no lexicon entry ("feet" needs one; "jerks" does not). */
function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is|ous)$/.test(word)) return word;
  if (word.endsWith('es') && /(ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** The canonical form of one folded word. */
export function canonicalWord(lexicon: Pick<CompiledLexicon, 'variants'>, word: string): string {
  const spelled = foldSpelling(word);
  return lexicon.variants.get(spelled) ?? lexicon.variants.get(stem(spelled)) ?? stem(spelled);
}

/** A phrase's canonical words; "=word" keeps a word as written ("plantar =flexor" is the reflex, not "plantar flexion"). */
function wordsOfPhrase(variants: ReadonlyMap<string, string>, text: string): string[] {
  const words: string[] = [];
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.text === '=' && next?.kind === 'word' && next.start === t.end) {
      words.push(`=${foldSpelling(next.text)}`);
      i++;
    } else words.push(t.kind === 'word' ? canonicalWord({ variants }, t.text) : t.text);
  }
  return words;
}

/** Compiles the merged lexicon files; later entries never override earlier ones silently (first wins). */
export function compileLexicon(files: readonly LexiconFile[]): CompiledLexicon {
  const variants = new Map<string, string>();
  for (const file of files) {
    for (const entry of file.words ?? []) {
      const canonical = foldSpelling(entry.canonical);
      for (const v of [entry.canonical, ...entry.variants]) if (!variants.has(foldSpelling(v))) variants.set(foldSpelling(v), canonical);
    }
  }
  const phrases = new Map<string, Phrase[]>();
  for (const file of files) {
    for (const entry of file.phrases ?? []) {
      let words = wordsOfPhrase(variants, entry.phrase);
      if (words.length === 0) continue;
      // A one-word key that is a variant of another word ("sciatica" of "radiate") must match as
      // written, or every word of that family would be rewritten.
      const surfaceKey = tokenize(entry.phrase).map((t) => foldSpelling(t.text));
      if (surfaceKey.length === 1 && words[0] !== surfaceKey[0] && variants.has(surfaceKey[0]!)) words = [`=${surfaceKey[0]}`];
      const phrase: Phrase = entry.finding ? { words, finding: entry.finding } : { words, means: wordsOfPhrase(variants, entry.means ?? '') };
      const list = phrases.get(words[0]!) ?? [];
      list.push(phrase);
      phrases.set(words[0]!, list);
    }
  }
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  const qualifiers = new Map<string, QualifierClass>();
  for (const file of files) for (const q of file.qualifiers ?? []) qualifiers.set(canonicalWord({ variants }, q.word), q.class);
  const list = (pick: (file: LexiconFile) => readonly string[] | undefined) =>
    files.flatMap((file) => (pick(file) ?? []).map((p) => wordsOfPhrase(variants, p))).filter((w) => w.length > 0);
  return {
    variants,
    phrases,
    qualifiers,
    ignore: new Set(files.flatMap((f) => (f.ignore ?? []).map((w) => canonicalWord({ variants }, w)))),
    heads: new Map(files.flatMap((f) => f.heads ?? []).flatMap((group, g) => group.map((w) => [canonicalWord({ variants }, w), g] as const))),
    negationBefore: list((f) => f.negation?.before),
    negationItem: list((f) => f.negation?.beforeItem),
    negationAfter: list((f) => f.negation?.after),
    uncertain: list((f) => f.negation?.uncertain),
    uncertainItem: list((f) => f.negation?.uncertainItem),
    terminators: list((f) => f.negation?.terminators),
    clauseStarts: list((f) => f.negation?.clauseStarts),
    family: new Set(files.flatMap((f) => (f.family ?? []).map((w) => canonicalWord({ variants }, w)))),
    implies: files.flatMap((f) => f.implies ?? []).reduce((map, { word, implies }) => {
      const part = canonicalWord({ variants }, word);
      map.set(part, [...(map.get(part) ?? []), canonicalWord({ variants }, implies)]);
      return map;
    }, new Map<string, string[]>()),
    analytes: files.flatMap((f) => f.analytes ?? []),
    ...(files.find((f) => f.onset) ? { onset: files.find((f) => f.onset)!.onset! } : {}),
  };
}

// Function words a phrase may skip inside the text ("unable to pass urine" ~ "can't pass urine").
const SKIPPABLE = new Set(['-', 'a', 'an', 'the', 'to', 'of', 'my', 'his', 'her', 'their', 'in', 'on', 'at', 'is', 'are', 'was', 'feel', 'feels', 'felt', 'like']);

/** How many tokens of seq from i the phrase `words` spans (0 if it does not match there). */
function matchLength(seq: readonly { word: string; surface?: string }[], i: number, words: readonly string[]): number {
  let j = i;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    while (k > 0 && j < seq.length && SKIPPABLE.has(seq[j]!.word) && seq[j]!.word !== w) j++;
    const token = seq[j];
    if (!token || (w.startsWith('=') ? token.surface !== w.slice(1) : token.word !== w)) return 0;
    j++;
  }
  return j - i;
}

/** How many tokens from i the phrase `words` spans there (0 if it does not match); a hyphen may join its words ("safety-netted"). */
function spanAt(seq: readonly { word: string; surface?: string }[], i: number, words: readonly string[]): number {
  let j = i;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (k > 0 && seq[j]?.word === '-' && w !== '-') j++;
    const token = seq[j];
    if (!token || (w.startsWith('=') ? token.surface !== w.slice(1) : token.word !== w)) return 0;
    j++;
  }
  return j - i;
}

// Words that say "not" inside a phrase that names a finding ("unable to walk", "can't feel").
const IMPLICIT_NEGATIONS = new Set(['no', 'not', 'never', 'nil', 'unable', 'cannot', 'cant', 'couldnt', 'wont', 'inability', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'hasnt', 'havent']);

function rewrite(lexicon: CompiledLexicon, input: readonly Canon[], counter = { next: 0 }): Canon[] {
  const out: Canon[] = [];
  for (let i = 0; i < input.length; ) {
    const candidates = [...(lexicon.phrases.get(input[i]!.word) ?? []), ...(lexicon.phrases.get(`=${input[i]!.surface ?? ''}`) ?? [])];
    let phrase: Phrase | undefined;
    let span = 0;
    for (const p of candidates.sort((a, b) => b.words.length - a.words.length)) {
      span = matchLength(input, i, p.words);
      if (span > 0) {
        phrase = p;
        break;
      }
    }
    if (!phrase) {
      out.push(input[i]!);
      i++;
      continue;
    }
    const first = input[i]!;
    const last = input[i + span - 1]!;
    const written = input.slice(i, i + span);
    const plural = written.some((c) => c.plural);
    // A phrase that names a finding through its own "not" ("can't pass urine") is out of an earlier negation's reach.
    const inherited = written.find((c) => c.ownNegation !== undefined)?.ownNegation;
    const ownNegation = inherited ?? (written.some((c) => IMPLICIT_NEGATIONS.has(c.surface ?? c.word)) ? counter.next++ : undefined);
    const own = ownNegation === undefined ? {} : { ownNegation };
    if (phrase.finding) out.push({ word: `#${phrase.finding}`, finding: phrase.finding, start: first.start, end: last.end, kind: 'word', ...own });
    else for (const word of phrase.means ?? []) out.push({ word, start: first.start, end: last.end, kind: /^[a-z0-9]+$/.test(word) ? 'word' : 'symbol', ...(plural ? { plural } : {}), ...own });
    i += span;
  }
  return out;
}

// Words ending in -s that are not plurals of anything a side could be read from.
const NOT_PLURAL = new Set(['pes', 'denies', 'has', 'was', 'his', 'its', 'yes', 'gas', 'lens', 'plus', 'this', 'thus', 'less', 'diabetes', 'herpes', 'always', 'sometimes', 'ms', 'cns', 'gbs', 'ces', 'ncs', 'ras', 'sles']);

/** The canonical tokens of `text`: phrases rewritten (twice, so a rewrite can complete a phrase), words folded, qualifiers and filler marked. */
export function canonicalise(lexicon: CompiledLexicon, text: string, options: { phrases?: boolean } = {}): Canon[] {
  let seq: Canon[] = tokenize(text).map((t) => {
    if (t.kind !== 'word') return { word: t.text, start: t.start, end: t.end, kind: t.kind };
    const surface = foldSpelling(t.text);
    const plural = surface === 'feet' || surface === 'calves' || (surface.length > 2 && /[^su]s$/.test(surface) && !NOT_PLURAL.has(surface));
    return { word: canonicalWord(lexicon, t.text), start: t.start, end: t.end, kind: t.kind, surface, ...(plural ? { plural } : {}) };
  });
  seq = foldNumberWords(seq);
  const counter = { next: 0 };
  if (options.phrases !== false) seq = rewrite(lexicon, rewrite(lexicon, seq, counter), counter);
  return seq.map((c) => {
    if (c.kind !== 'word' || c.finding) return c;
    const word = canonicalWord(lexicon, c.word);
    const cls = lexicon.qualifiers.get(word);
    return { ...c, word, ...(cls ? { cls } : {}), ...(lexicon.ignore.has(word) && !cls ? { ignored: true } : {}) };
  });
}

/** Whether `phrases` has one that starts at position i of seq; the tokens it spans, or 0. */
export function phraseAt(seq: readonly Canon[], i: number, phrases: readonly string[][]): number {
  let best = 0;
  for (const p of phrases) best = Math.max(best, spanAt(seq, i, p));
  return best;
}
