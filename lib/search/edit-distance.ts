// Typo tolerance: the optimal-string-alignment distance (Levenshtein plus adjacent
// transpositions, so "ankel" → "ankle" is one edit) between a query word and the closest
// prefix of a catalog word, bounded so most comparisons stop after a row or two.

/** Typo budget by query-word length: none below 4 letters, 1 from 4, 2 from 8. */
export function typoBudget(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

// Reused rows: the matcher runs this for every vocabulary word on every keystroke.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * The smallest OSA distance between `query` and any prefix of `word` (the whole word included)
 * if it is at most `max`, otherwise max + 1. A typo in what has been typed so far counts, as
 * does a typo in a whole word.
 */
export function prefixEditDistance(query: string, word: string, max: number): number {
  const m = query.length;
  // Prefixes longer than m + max cannot be within max edits of the query.
  const n = Math.min(word.length, m + max);
  if (n + max < m) return max + 1;
  if (rows[0].length <= n) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [older, previous, current] = rows;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    let rowMin = i;
    const q = query.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const w = word.charCodeAt(j - 1);
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (q === w ? 0 : 1));
      if (i > 1 && j > 1 && q === word.charCodeAt(j - 2) && query.charCodeAt(i - 2) === w) value = Math.min(value, older[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [older, previous, current] = [previous, current, older];
  }
  let best = max + 1;
  for (let j = 0; j <= n; j++) best = Math.min(best, previous[j]!);
  return best;
}
