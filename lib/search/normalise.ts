// Text normalisation shared by the finding index and the queries, so both sides agree on what
// a "word" is: case, accents, apostrophes and punctuation never decide a match. Also the one
// ordering of texts (ids by code point, labels for display), used by the engine and the pages.

/** Words that carry no meaning in a finding query ("pins and needles", "numbness of the feet"). */
const STOP_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'and', 'at', 'in', 'my', 'of', 'on', 'or', 'the', 'to', 'with']);

/** Lay spellings folded onto one form so "cannot feel" and "can't feel" match. */
const EQUIVALENT_WORDS: Readonly<Record<string, string>> = { cannot: 'cant', paresthesia: 'paraesthesia' };

/** Lowercase, accents stripped, apostrophes removed ("can't" → "cant"), other punctuation → space. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a text after normalisation, with equivalent spellings folded. */
export function wordsOf(text: string): string[] {
  const normalised = normaliseText(text);
  if (normalised === '') return [];
  return normalised.split(' ').map((word) => EQUIVALENT_WORDS[word] ?? word);
}

/** Query words without stop words (kept when the query is nothing but stop words). */
export function queryWords(text: string): string[] {
  const words = wordsOf(text);
  const meaningful = words.filter((word) => !STOP_WORDS.has(word));
  return meaningful.length > 0 ? meaningful : words;
}

/**
 * Acronyms a phrase may be written as: the first letters of all its words ("deep vein
 * thrombosis" → "dvt") and of every run of three or more consecutive words ("positive straight
 * leg raise" → "slr"). Stop words are skipped; two-letter acronyms only for the whole phrase,
 * since shorter runs would give every word pair one.
 */
export function acronymsOf(words: readonly string[]): string[] {
  const initials = words.filter((word) => !STOP_WORDS.has(word) && /^\p{L}/u.test(word)).map((word) => word[0]!);
  const acronyms = new Set<string>();
  if (initials.length >= 2) acronyms.add(initials.join(''));
  for (let start = 0; start < initials.length; start++) {
    for (let end = start + 3; end <= initials.length; end++) acronyms.add(initials.slice(start, end).join(''));
  }
  return [...acronyms];
}

/** Code-point comparison: deterministic across locales and runtimes, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Display order for names and labels: case- and accent-insensitive, then code point (locale-independent). */
export function compareLabels(a: string, b: string): number {
  return compareText(normaliseText(a), normaliseText(b)) || compareText(a, b);
}
