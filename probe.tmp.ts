import { catalogLanguageIndex } from './tests/language/evaluate';
import { extractFindings } from './lib/language/extract';
import { rankFindings } from './lib/language/search';
const index = catalogLanguageIndex();
for (const q of process.argv.slice(2)) {
  const s = rankFindings(index, q, 2).hits.map((h) => h.finding.id + (h.tier === 'nearest' ? '?' : ''));
  const e = extractFindings(index, q).findings.map((f) => `${f.id}:${f.state[0]}`);
  console.log(q.padEnd(55), '| S', s.join(','), '| E', e.join(','));
}
