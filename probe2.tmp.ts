import { catalogLanguageIndex } from '/work/wt-language/tests/language/evaluate';
import { extractFindings } from '/work/wt-language/lib/language/extract';
const index = catalogLanguageIndex();
const text = process.argv[2]!;
const r = extractFindings(index, text);
console.log(r.age, r.sex);
for (const f of r.findings) console.log(' ', f.state.padEnd(8), f.id.padEnd(34), JSON.stringify(f.text));
console.log(' unmatched:', r.unmatched.map((u) => u.text).join(' | '));
