import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/catalog/files';
import { PUBLISHED_LINK_SHARE_GOAL, catalogStats } from '../../lib/catalog/stats';
import type { CatalogData } from '../../lib/schemas/catalog';

const empty: CatalogData = { references: [], findings: [], tests: [], treatments: [], causes: [], redFlags: [], advice: [] };

describe('catalogStats', () => {
  it('counts published links and codes by system', () => {
    const { data } = loadCatalog();
    const stats = catalogStats(data);
    const links = data.causes.flatMap((c) => c.findings);
    expect(stats.links).toBe(links.length);
    expect(stats.publishedLinks).toBe(links.filter((l) => l.evidence === 'published').length);
    expect(stats.codesBySystem['ICD-10-CM']).toBeGreaterThanOrEqual(data.causes.length);
  });

  it('gives a zero share for an empty catalog', () => {
    expect(catalogStats(empty).publishedShare).toBe(0);
  });
});

describe('evidence a clinician can check (issue 10)', () => {
  it(`takes at least ${PUBLISHED_LINK_SHARE_GOAL * 100} % of cause–finding probabilities from a publication`, () => {
    const { publishedShare } = catalogStats(loadCatalog().data);
    expect(publishedShare).toBeGreaterThanOrEqual(PUBLISHED_LINK_SHARE_GOAL);
  });
});
