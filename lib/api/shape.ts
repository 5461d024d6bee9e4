// What the API shows of catalog objects where it lists them.
import type { CatalogFinding } from '../catalog/types';
import type { SearchHit } from '../language/search';

/** A finding in GET /api/findings: id, label, synonyms, kind and codes. */
export function findingSummary(finding: CatalogFinding) {
  const { id, label, synonyms, kind, codes } = finding;
  return { id, label, synonyms, kind, codes };
}

/** A search hit: the finding summary, the label or synonym it matched, how (label, synonym, words, typo, value, nearest), its score, and for a value the state it implies. */
export function findingHit(hit: SearchHit<CatalogFinding>) {
  return { ...findingSummary(hit.finding), matched: hit.matched, match: hit.tier, score: hit.score, ...(hit.state ? { state: hit.state } : {}) };
}
