// The language index of the served catalog: the snapshot's findings read through the lexicon.
// Built once per catalog snapshot (and the lexicon once per process), so a query is a scan.
import 'server-only';
import type { LexiconFile } from '../schemas/lexicon';
import { buildLanguageIndex, type LanguageIndex } from '../language/finding-index';
import { compileLexicon, type CompiledLexicon } from '../language/lexicon';
import { rankFindings, type SearchHit, type SearchResult } from '../language/search';
import { readLexiconFiles } from './lexicon';
import { getCatalogSnapshot, type CatalogSnapshot } from './snapshot';
import type { CatalogFinding } from './types';

const globalForLanguage = globalThis as unknown as {
  numbdxLexicon?: { files: LexiconFile[]; compiled: CompiledLexicon };
  numbdxLanguage?: WeakMap<CatalogSnapshot, LanguageIndex<CatalogFinding>>;
};

/** The lexicon files as validated data (what the browser receives) and compiled. */
export function getLexicon(): { files: LexiconFile[]; compiled: CompiledLexicon } {
  if (!globalForLanguage.numbdxLexicon) {
    const files = readLexiconFiles();
    globalForLanguage.numbdxLexicon = { files, compiled: compileLexicon(files) };
  }
  return globalForLanguage.numbdxLexicon;
}

/** The language index over the current catalog snapshot. */
export async function getLanguageIndex(): Promise<LanguageIndex<CatalogFinding>> {
  const snapshot = await getCatalogSnapshot();
  const cache = (globalForLanguage.numbdxLanguage ??= new WeakMap());
  let index = cache.get(snapshot);
  if (!index) {
    index = buildLanguageIndex(snapshot.findings, getLexicon().compiled);
    cache.set(snapshot, index);
  }
  return index;
}

/** Ranked findings for a clinician's words, and whether only nearest ones were found. */
export async function rankCatalogFindings(query: string, limit = 10): Promise<SearchResult<CatalogFinding>> {
  return rankFindings(await getLanguageIndex(), query, limit);
}

/** The catalog data the browser needs to read a note itself: findings' words and the lexicon, never a note. */
export async function languageData(): Promise<{ findings: Pick<CatalogFinding, 'id' | 'label' | 'synonyms' | 'kind'>[]; lexicon: LexiconFile[] }> {
  const snapshot = await getCatalogSnapshot();
  return { findings: snapshot.findings.map(({ id, label, synonyms, kind }) => ({ id, label, synonyms, kind })), lexicon: getLexicon().files };
}

export type { SearchHit };
