import { catalogLanguageIndex } from './tests/language/evaluate';
import { rankFindings } from './lib/language/search';
const index = catalogLanguageIndex();
for (const q of process.argv.slice(2)) {
  const r = rankFindings(index, q, 2);
  console.log(q.padEnd(50), '|', r.hits.map((h) => h.finding.id + (h.tier === 'nearest' ? '?' : '')).join(', '));
}
