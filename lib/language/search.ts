// Ranked, tolerant finding search for the typeahead and GET /api/findings?q=: a finding matches
// when the query's informative words are covered (weighted by rarity), not all of them; filler,
// severity and unitless numbers barely count; side, level and status words steer; a typo is
// tried only for a word the catalog and lexicon do not know, so known words never drift.
import { prefixEditDistance } from '../search/edit-distance';
import { QUALIFIER_GROUP, contentWords, type LanguageFinding, type LanguageIndex, type Term } from './finding-index';
import { canonicalise, foldSpelling } from './lexicon';
import { extractFindings } from './extract';
import { measurementsInText } from './measurements';

/** How a hit matched: a whole label or synonym, enough of its words, via a typo, a measured value, or only nearest. */
export type SearchTier = 'label' | 'synonym' | 'words' | 'typo' | 'value' | 'nearest';

/** One ranked hit. */
export interface SearchHit<F extends LanguageFinding> {
  finding: F;
  /** The label or synonym it matched on. */
  matched: string;
  tier: SearchTier;
  /** 0–1: share of the query covered, times how much of the term it explains. */
  score: number;
  /** The state the query implies: a measured value's, or the words' ("no back pain" → absent). */
  state?: 'present' | 'absent';
}

/** The ranked answer: hits, and whether none of them matched well (then every hit is only "nearest"). */
export interface SearchResult<F extends LanguageFinding> {
  hits: SearchHit<F>[];
  nearestOnly: boolean;
}

/** Words naming an investigation, by the finding kind they report. */
const MODALITY: Record<string, string> = { ncs: 'neurophysiology', emg: 'neurophysiology', vep: 'neurophysiology', mri: 'imaging', ct: 'imaging', ultrasound: 'imaging', doppler: 'imaging' };

const GOOD_SCORE = 0.3;
const GOOD_COVERAGE = 0.55;
const NEAREST_SCORE = 0.08;

interface QueryWord {
  word: string;
  weight: number;
  /** Index words this query word stands for, with credit (1 exact, less for prefix, class or typo). */
  candidates: Map<string, { credit: number; typo: boolean }>;
}

function weightOf<F extends LanguageFinding>(index: LanguageIndex<F>, word: string, known: boolean): number {
  const base = known ? (index.idf.get(word) ?? index.maxIdf) : index.maxIdf * 0.8;
  const cls = index.lexicon.qualifiers.get(word);
  if (/^\d+(\.\d+)?$/.test(word)) return base * 0.25;
  if (cls && QUALIFIER_GROUP[cls] === 'site') return base * 0.6;
  if (cls) return base * 0.5;
  return base;
}

function queryWords<F extends LanguageFinding>(index: LanguageIndex<F>, words: readonly string[], vocabulary: readonly string[]): QueryWord[] {
  return words.map((word) => {
    const candidates = new Map<string, { credit: number; typo: boolean }>();
    const known = index.idf.has(word);
    if (known) candidates.set(word, { credit: 1, typo: false });
    const cls = index.lexicon.qualifiers.get(word);
    if (cls && QUALIFIER_GROUP[cls] === 'status') {
      // "absent" and "reduced" both say "less than normal": half credit for the sibling word.
      for (const [other, otherCls] of index.lexicon.qualifiers) if (other !== word && otherCls === cls && index.idf.has(other)) candidates.set(other, { credit: 0.6, typo: false });
    }
    if (!known && !cls && word.length >= 3 && !/^\d/.test(word)) {
      const budget = word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0;
      for (const v of vocabulary) {
        if (v.startsWith('#')) continue;
        if (v.startsWith(word)) candidates.set(v, { credit: 0.85, typo: false });
        else if (budget > 0 && v[0] === word[0] && Math.abs(v.length - word.length) <= budget + 2 && prefixEditDistance(word, v, budget) <= budget) {
          candidates.set(v, { credit: 0.7, typo: true });
        }
      }
    }
    return { word, weight: weightOf(index, word, known), candidates };
  });
}

function scoreTerm<F extends LanguageFinding>(index: LanguageIndex<F>, term: Term, query: readonly QueryWord[]): { score: number; coverage: number; typo: boolean; full: boolean } {
  let covered = 0;
  let total = 0;
  let typo = false;
  const used = new Set<string>();
  let conflict = 1;
  for (const q of query) {
    total += q.weight;
    let best = 0;
    let bestWord = '';
    for (const w of term.words) {
      const c = q.candidates.get(w);
      if (c && c.credit > best) {
        best = c.credit;
        bestWord = w;
        if (c.typo) typo = true;
      }
    }
    if (best > 0) {
      covered += q.weight * best;
      used.add(bestWord);
    } else {
      const cls = index.lexicon.qualifiers.get(q.word);
      const group = cls && QUALIFIER_GROUP[cls];
      // Side and level words disagree with another of their group; status words only low against high
      // ("SLR negative" still looks for the SLR finding, to be marked absent).
      const disagrees = (c: string | undefined) => c !== undefined && c !== cls && QUALIFIER_GROUP[c as keyof typeof QUALIFIER_GROUP] === group && (group !== 'status' || (c === 'low' && cls === 'high') || (c === 'high' && cls === 'low'));
      if (group && group !== 'site' && term.words.some((w) => disagrees(index.lexicon.qualifiers.get(w)))) conflict *= 0.6;
      else if (group && (group === 'side' || group === 'level')) {
        const labelCls = index.labelQualifiers.get(term.findingId)?.get(group);
        if (labelCls && labelCls !== cls) conflict *= 0.6;
      }
    }
  }
  let termTotal = 0;
  let termCovered = 0;
  for (const w of term.words) {
    const cls = index.lexicon.qualifiers.get(w);
    const weight = (index.idf.get(w) ?? 0) * (cls ? 0.5 : 1);
    termTotal += weight;
    if (used.has(w)) termCovered += weight;
  }
  const coverage = total > 0 ? covered / total : 0;
  const termCoverage = termTotal > 0 ? termCovered / termTotal : 0;
  const score = coverage ** 1.5 * (0.4 + 0.6 * termCoverage) * conflict * (term.isLabel ? 1 : 0.98);
  return { score, coverage, typo, full: coverage > 0.999 && termCoverage > 0.999 };
}

/** Findings for `query`, best first: measured values first, then word matches; nearest-only hits are marked. */
export function rankFindings<F extends LanguageFinding>(index: LanguageIndex<F>, query: string, limit = 10, vocabulary: readonly string[] = [...index.idf.keys()]): SearchResult<F> {
  if (limit <= 0) return { hits: [], nearestOnly: false };
  const valueHits: SearchHit<F>[] = [];
  for (const m of measurementsInText(query, index.lexicon.analytes)) {
    for (const f of m.findings) {
      const finding = index.findingById.get(f.findingId);
      if (finding && !valueHits.some((h) => h.finding.id === f.findingId)) valueHits.push({ finding, matched: finding.label, tier: 'value', score: 1, state: f.state });
    }
  }
  valueHits.sort((a, b) => (a.state === b.state ? 0 : a.state === 'present' ? -1 : 1));
  // A negation ("no back pain") decides the state below, not which finding: it is not a query word.
  const negations = new Set(index.lexicon.negationBefore.filter((p) => p.length === 1).map((p) => p[0]!));
  const seq = canonicalise(index.lexicon, completeLastWord(index, correctSpelling(index, query))).filter((c) => !negations.has(c.word));
  const words = contentWords(index.lexicon, seq);
  // No side written, but a plural ("ankle jerks", "feet"): one-sided findings step back a little.
  const pluralHint = !words.some((w) => { const c = index.lexicon.qualifiers.get(w); return c === 'both' || c === 'one'; }) && seq.some((c) => c.plural && c.kind === 'word' && !c.ignored);
  // A test named in the query ("MRI", "NCS") keeps the other tests' results down.
  const modalities = new Set(words.map((w) => MODALITY[w]).filter((k): k is string => k !== undefined));
  const query_ = queryWords(index, words, vocabulary);
  const best = new Map<string, { term: Term; score: number; coverage: number; typo: boolean; full: boolean }>();
  const candidateTerms = new Set<number>();
  for (const q of query_) for (const w of q.candidates.keys()) for (const t of index.termsByWord.get(w) ?? []) candidateTerms.add(t);
  for (const t of candidateTerms) {
    const term = index.terms[t]!;
    const s = scoreTerm(index, term, query_);
    const kind = index.findingById.get(term.findingId)?.kind;
    if (modalities.size > 0 && kind && !modalities.has(kind)) s.score *= 0.5;
    // Attribute entry points ("Saddle and perineal distribution") summarise a presentation and have
    // their own quick choices; on equal words a clinical finding ("Saddle anaesthesia") comes first.
    if (term.entryPoint) s.score *= 0.9;
    if (pluralHint && (index.labelQualifiers.get(term.findingId)?.get('side') === 'one' || term.words.some((w) => index.lexicon.qualifiers.get(w) === 'one'))) s.score *= 0.85;
    const prev = best.get(term.findingId);
    if (!prev || s.score > prev.score || (s.score === prev.score && term.isLabel && !prev.term.isLabel)) best.set(term.findingId, { term, ...s });
  }
  const ranked = [...best.values()]
    .filter((b) => !valueHits.some((h) => h.finding.id === b.term.findingId))
    .sort((a, b) => b.score - a.score || compare(index.findingById.get(a.term.findingId)!.label, index.findingById.get(b.term.findingId)!.label));
  const good = (b: (typeof ranked)[number]) => b.score >= GOOD_SCORE && b.coverage >= GOOD_COVERAGE;
  const nearestOnly = valueHits.length === 0 && (ranked.length === 0 || !good(ranked[0]!));
  const wordHits = ranked
    .filter((b) => (nearestOnly ? b.score >= NEAREST_SCORE : good(b)))
    .map((b): SearchHit<F> => ({
      finding: index.findingById.get(b.term.findingId)!,
      matched: b.term.text,
      tier: nearestOnly ? 'nearest' : b.full ? (b.term.isLabel ? 'label' : 'synonym') : b.typo ? 'typo' : 'words',
      score: Math.round(b.score * 1000) / 1000,
    }));
  // What the words say of each finding ("no back pain", "SLR negative", "pulses present"): the state to add it in.
  const said = new Map(extractFindings(index, query).findings.map((f) => [f.id, f.state]));
  for (const hit of wordHits) {
    const state = said.get(hit.finding.id);
    if (state) hit.state = state;
  }
  return { hits: [...valueHits, ...wordHits].slice(0, limit), nearestOnly: nearestOnly && wordHits.length > 0 };
}

/**
 * The query with each unknown word of 5+ letters replaced by the one known word (catalog or
 * lexicon, as written) within one edit (two from 8 letters) sharing its first letter, if exactly
 * one is closest; known words are never touched ("perianal" stays "perianal").
 */
export function correctSpelling<F extends LanguageFinding>(index: LanguageIndex<F>, query: string): string {
  return query.replace(/[\p{L}']+/gu, (raw) => {
    const word = raw.toLowerCase().replace(/'/g, '');
    if (word.length < 5 || index.knownWords.has(word)) return raw;
    // A word still being typed ("anaes" of "anaesthesia") is a prefix, not a misspelling.
    for (const known of index.knownWords) if (known.startsWith(word)) return raw;
    const budget = word.length >= 8 ? 2 : 1;
    let best: string | null = null;
    let bestDistance = budget + 1;
    let tie = false;
    for (const known of index.knownWords) {
      if (known[0] !== word[0] || Math.abs(known.length - word.length) > budget) continue;
      const d = editDistance(word, known, budget);
      if (d < bestDistance) [best, bestDistance, tie] = [known, d, false];
      else if (d === bestDistance && known !== best) tie = true;
    }
    return best && !tie ? best : raw;
  });
}

/**
 * The typeahead's last word, still being typed ("saddle anaes"), completed to the lexicon variant
 * it begins when every variant it begins means the same canonical word ("anaesthesia" and
 * "anaesthetic" both mean numb); otherwise left as typed.
 */
export function completeLastWord<F extends LanguageFinding>(index: LanguageIndex<F>, query: string): string {
  const match = /([\p{L}]{3,})$/u.exec(query);
  if (!match) return query;
  const word = match[1]!.toLowerCase();
  if (index.knownWords.has(word)) return query;
  const folded = foldSpelling(word);
  let completion: string | null = null;
  const canonicals = new Set<string>();
  for (const [variant, canonical] of index.lexicon.variants) {
    if (!variant.startsWith(folded)) continue;
    canonicals.add(canonical);
    if (completion === null || variant.length < completion.length) completion = variant;
  }
  return completion !== null && canonicals.size === 1 ? query.slice(0, match.index) + completion : query;
}

/** Whole-word optimal string alignment distance, or max + 1 beyond max. */
function editDistance(a: string, b: string, max: number): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
