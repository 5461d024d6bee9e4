// A finding matcher for the picker and GET /api/findings?q=: labels, synonyms and abbreviations,
// any word order, word prefixes and small typos. Pure: build the index once per catalog
// snapshot, then each query is a scan of precomputed word ids (well under 1 ms for ~250 findings).
import { prefixEditDistance, typoBudget } from './edit-distance';
import { acronymsOf, queryWords, wordsOf } from './normalise';

/** What the matcher needs of a finding; the index keeps and returns the whole object. */
export interface SearchableFinding {
  id: string;
  label: string;
  synonyms: readonly string[];
}

/** How a finding matched, best first: whole label, whole synonym, every word by prefix, derived acronym, with a typo. */
export const MATCH_TIERS = ['label', 'synonym', 'prefix', 'acronym', 'typo'] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];

/** One search hit: the finding, the label or synonym it matched on, and how. */
export interface FindingMatch<T extends SearchableFinding> {
  finding: T;
  matched: string;
  tier: MatchTier;
}

interface Term {
  text: string;
  phrase: string;
  wordIds: Int32Array;
  acronyms: readonly string[];
  isLabel: boolean;
}

/** The prepared index: opaque to callers; build with buildFindingSearchIndex. */
export interface FindingSearchIndex<T extends SearchableFinding> {
  readonly entries: readonly { finding: T; terms: readonly Term[] }[];
  /** Every distinct word of every label and synonym; terms refer to it by position. */
  readonly vocabulary: readonly string[];
}

// Per-word match quality against the vocabulary; NO_MATCH marks words a query word misses.
const EXACT = 0;
const PREFIX = 1;
const TYPO = 2;
const NO_MATCH = 3;

/** Prepares labels and synonyms of `findings` for searchFindings. */
export function buildFindingSearchIndex<T extends SearchableFinding>(findings: readonly T[]): FindingSearchIndex<T> {
  const vocabulary: string[] = [];
  const wordId = new Map<string, number>();
  const idOf = (word: string): number => {
    let id = wordId.get(word);
    if (id === undefined) {
      id = vocabulary.length;
      vocabulary.push(word);
      wordId.set(word, id);
    }
    return id;
  };
  const entries = findings.map((finding) => {
    const texts = [finding.label, ...finding.synonyms];
    const terms = texts.flatMap((text, i): Term[] => {
      const words = wordsOf(text);
      if (words.length === 0) return [];
      return [{ text, phrase: words.join(' '), wordIds: Int32Array.from(words, idOf), acronyms: acronymsOf(words), isLabel: i === 0 }];
    });
    return { finding, terms };
  });
  return { entries, vocabulary };
}

/** How well `queryWord` matches each vocabulary word (EXACT, PREFIX, TYPO or NO_MATCH). */
function matchVocabulary(vocabulary: readonly string[], queryWord: string): Uint8Array {
  const quality = new Uint8Array(vocabulary.length).fill(NO_MATCH);
  const budget = typoBudget(queryWord.length);
  for (let i = 0; i < vocabulary.length; i++) {
    const word = vocabulary[i]!;
    if (word === queryWord) quality[i] = EXACT;
    else if (word.startsWith(queryWord)) quality[i] = PREFIX;
    // A typo in a whole word ("nunbness") or in the prefix typed so far ("vibartion").
    else if (budget > 0 && prefixEditDistance(queryWord, word, budget) <= budget) quality[i] = TYPO;
  }
  return quality;
}

// Sort key of a hit, compared element by element: lower is better.
type Rank = [tier: number, inexactWords: number, notFromStart: number, extraWords: number, notLabel: number];

function rankTerm(term: Term, phrase: string, words: readonly string[], qualities: readonly Uint8Array[]): Rank | null {
  const notLabel = term.isLabel ? 0 : 1;
  const extraWords = Math.max(0, term.wordIds.length - words.length);
  if (term.phrase === phrase) return [term.isLabel ? 0 : 1, 0, 0, 0, notLabel];
  let worst = EXACT;
  let inexact = 0;
  for (const quality of qualities) {
    let best = NO_MATCH;
    for (const id of term.wordIds) best = Math.min(best, quality[id]!);
    if (best === NO_MATCH) {
      worst = NO_MATCH;
      break;
    }
    worst = Math.max(worst, best);
    if (best !== EXACT) inexact++;
  }
  const firstWordQuality = qualities[0]![term.wordIds[0]!]!;
  const notFromStart = firstWordQuality === NO_MATCH ? 1 : 0;
  if (worst <= PREFIX) return [2, inexact, notFromStart, extraWords, notLabel];
  if (words.length === 1 && term.acronyms.includes(words[0]!)) return [3, 0, 0, 0, notLabel];
  if (worst === TYPO) return [4, inexact, notFromStart, extraWords, notLabel];
  return null;
}

function compareRank(a: Rank, b: Rank): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** The findings matching `query`, best first (ties by label, then id); at most `limit`. */
export function searchFindings<T extends SearchableFinding>(
  index: FindingSearchIndex<T>,
  query: string,
  limit = 10,
): FindingMatch<T>[] {
  const words = queryWords(query);
  if (words.length === 0 || limit <= 0) return [];
  const phrase = wordsOf(query).join(' ');
  const qualities = words.map((word) => matchVocabulary(index.vocabulary, word));
  const hits: { match: FindingMatch<T>; rank: Rank }[] = [];
  for (const { finding, terms } of index.entries) {
    let best: { term: Term; rank: Rank } | null = null;
    for (const term of terms) {
      const rank = rankTerm(term, phrase, words, qualities);
      if (rank && (!best || compareRank(rank, best.rank) < 0)) best = { term, rank };
    }
    if (best) hits.push({ match: { finding, matched: best.term.text, tier: MATCH_TIERS[best.rank[0]]! }, rank: best.rank });
  }
  hits.sort(
    (a, b) =>
      compareRank(a.rank, b.rank) ||
      compareCodePoints(a.match.finding.label, b.match.finding.label) ||
      compareCodePoints(a.match.finding.id, b.match.finding.id),
  );
  return hits.slice(0, limit).map((hit) => hit.match);
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
