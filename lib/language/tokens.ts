// Tokens with their character offsets in the original text, so every match can point back at
// the words it came from. Pure and universal (runs in the browser): no Node APIs.

/** A word, a number or a symbol, with [start, end) offsets into the text it came from. */
export interface Token {
  /** Lowercase, accents and apostrophes removed ("Can't" → "cant"); symbols as written. */
  text: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'symbol';
}

// Words (letters and digits, inner apostrophes), decimal numbers, and the symbols notes use.
const TOKEN = /(\d+(?:\.\d+)?(?![\p{L}\d]))|([\p{L}\p{N}]+(?:['’][\p{L}]+)*)|(\r?\n|[.,;:!?()/+\-&%<>=≥≤↓↑*•·–—])/gu;

/** Lowercase, accents stripped, apostrophes dropped. */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '');
}

/** The tokens of `text`, in order, with their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (match[1] !== undefined) tokens.push({ text: match[1], start, end, kind: 'number' });
    else if (match[2] !== undefined) tokens.push({ text: foldWord(match[2]), start, end, kind: 'word' });
    else tokens.push({ text: match[0].includes('\n') ? '\n' : match[0], start, end, kind: 'symbol' });
  }
  return tokens;
}

/** Symbols that end a sentence (and with it every negation scope). */
export const SENTENCE_BREAKS: ReadonlySet<string> = new Set(['.', '!', '?', ';', '\n', '•', '*']);
/** Symbols that separate list items: a finding's words never span one. */
export const ITEM_BREAKS: ReadonlySet<string> = new Set([',', '(', ')', '–', '—']);
