// The matcher on the real catalog's findings (read straight from the data files, so this runs
// without a database): clinicians' everyday queries. Speed is measured by `npm run bench`.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_DIR } from '../../lib/catalog/files';
import { buildFindingSearchIndex, searchFindings } from '../../lib/search/findings';

const dir = path.join(CATALOG_DIR, 'findings');
const findings = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { id: string; label: string; synonyms: string[] }[]);
const index = buildFindingSearchIndex(findings);
const top = (q: string, n = 3) => searchFindings(index, q, n).map((m) => m.finding.id);

describe('searchFindings on the catalog', () => {
  it.each<[string, string]>([
    ['pins and needles', 'tingling-paraesthesia'],
    ["can't feel feet", 'numbness-feet-bilateral'],
    ['saddle', 'saddle-anaesthesia'],
    ['SLR', 'slr-positive'],
    ['romberg', 'romberg-positive'],
    ['ank refl', 'ankle-reflex-absent-bilateral'],
    ['A1C', 'hba1c-diabetic'],
    ['hba1c 9', 'hba1c-above-9'],
    ['DVT', 'ultrasound-dvt'],
    ['metformin', 'metformin-long-term'],
  ])('"%s" finds %s among the first three', (query, id) => {
    expect(top(query)).toContain(id);
  });

  it('reads the whole catalog', () => {
    expect(findings.length).toBeGreaterThan(100);
  });
});
