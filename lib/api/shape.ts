// What the API shows of catalog objects where it lists them.
import type { CatalogFinding } from '../catalog/types';
import type { FindingMatch } from '../search/findings';

/** A finding in GET /api/findings: id, label, synonyms, kind and codes. */
export function findingSummary(finding: CatalogFinding) {
  const { id, label, synonyms, kind, codes } = finding;
  return { id, label, synonyms, kind, codes };
}

/** A search hit: the finding summary plus the label or synonym it matched and how. */
export function findingHit(match: FindingMatch<CatalogFinding>) {
  return { ...findingSummary(match.finding), matched: match.matched, match: match.tier };
}
