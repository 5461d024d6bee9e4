// Card text. Cards are GitHub-flavoured Markdown that the EHR renders, and the EHR's own code
// displays end up in them, so every text that did not come from NumbDx is escaped (GFM allows
// some HTML). Summaries must stay under 140 characters.

/** The spec's limit: a summary is fewer than this many characters. */
export const SUMMARY_LIMIT = 140;

/** Text with Markdown and HTML specials escaped, on one line. */
export function mdText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#+!|~])/g, '\\$1');
}

/** A one-line summary shorter than SUMMARY_LIMIT, cut at a word with an ellipsis when needed. */
export function summary(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length < SUMMARY_LIMIT) return line;
  const cut = line.slice(0, SUMMARY_LIMIT - 2);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_LIMIT - 30));
  return `${atWord.trimEnd()}…`;
}

/** "12.3 %" (two decimals under 1 %). */
export const percent = (p: number) => `${(p * 100).toFixed(p < 0.01 ? 2 : 1)} %`;

/** A Markdown link whose label is escaped. */
export const mdLink = (label: string, url: string) => `[${mdText(label)}](${url})`;
