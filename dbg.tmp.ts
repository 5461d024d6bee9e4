import { catalogLanguageIndex } from '/work/wt-language/tests/language/evaluate';
import { canonicalise } from '/work/wt-language/lib/language/lexicon';
import { scopesOf } from '/work/wt-language/lib/language/scopes';
import { matchItem } from '/work/wt-language/lib/language/match-item';
import { rankFindings } from '/work/wt-language/lib/language/search';
const index = catalogLanguageIndex();
for (const text of process.argv.slice(2)) {
  const seq = canonicalise(index.lexicon, text);
  console.log('>>', text, '\n  ', seq.map((c) => `${c.word}${c.cls ? ':' + c.cls : ''}${c.ignored ? '~' : ''}${c.plural ? '^' : ''}`).join(' '));
  const scopes = scopesOf(index.lexicon, seq);
  const items: number[][] = []; let cur: number[] = [];
  seq.forEach((c, i) => { if (c.kind === 'symbol' && /^[.,;!?()\n*•]$/.test(c.word)) { if (cur.length) items.push(cur); cur = []; } else cur.push(i); });
  if (cur.length) items.push(cur);
  for (const it of items) for (const m of matchItem(index, seq, scopes, it)) console.log('   ', m.findingId, m.state, JSON.stringify(m.term), m.score.toFixed(2));
  console.log('  search:', rankFindings(index, text, 3).hits.map((h) => `${h.finding.id}(${h.score}:${h.matched})`).join(' | '));
}
