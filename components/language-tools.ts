// The language index and its search, in a chunk of its own: fetched with the index data on the
// first keystroke or pasted note, so the workspace's first load does not carry them.
import { buildLanguageIndex, type LanguageFinding, type LanguageIndex } from '@/lib/language/finding-index';
import { compileLexicon } from '@/lib/language/lexicon';
import { rankFindings, type SearchResult } from '@/lib/language/search';
import type { LexiconFile } from '@/lib/schemas/lexicon';

/** The built index and the typeahead's ranked search over it. */
export interface LanguageTools {
  index: LanguageIndex;
  rank: (query: string, limit: number) => SearchResult<LanguageFinding>;
}

/** Builds the index from GET /api/language's data. */
export function buildLanguageTools(data: { findings: LanguageFinding[]; lexicon: LexiconFile[] }): LanguageTools {
  const index = buildLanguageIndex(data.findings, compileLexicon(data.lexicon));
  return { index, rank: (query, limit) => rankFindings(index, query, limit) };
}
