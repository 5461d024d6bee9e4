// The clinical safety regression suite: every tests/safety/cases/*.ts file's scenarios, run on the
// real catalog through the real engine. A failure means the reference could mislead in a
// presentation the safety case (docs/clinical-safety.md) says it must handle.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSafetyCase, realCatalogIndex } from './run-case';
import type { SafetyCase } from './safety-case';

const casesDir = path.join(import.meta.dirname, 'cases');
const files = readdirSync(casesDir).filter((f) => f.endsWith('.ts')).sort();
const loaded: [file: string, cases: SafetyCase[]][] = await Promise.all(
  files.map(async (file) => {
    const loadedModule = (await import(pathToFileURL(path.join(casesDir, file)).href)) as { cases?: SafetyCase[] };
    if (!Array.isArray(loadedModule.cases)) throw new Error(`tests/safety/cases/${file} must export \`cases: SafetyCase[]\``);
    return [file, loadedModule.cases] as [string, SafetyCase[]];
  }),
);
const index = realCatalogIndex();

describe('safety case files', () => {
  it('include the review, seed-article and rule-narrowing files, each with cases and unique names', () => {
    expect(files).toEqual(expect.arrayContaining(['review.ts', 'seed-article.ts', 'rules.ts']));
    const names = loaded.flatMap(([, cases]) => cases.map((c) => c.name));
    expect(loaded.every(([, cases]) => cases.length > 0)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  it('name only findings, rules and causes that exist', () => {
    const ruleIds = new Set(index.rules.map((r) => r.id));
    const unknown = loaded.flatMap(([file, cases]) =>
      cases.flatMap((c) => [
        ...[...c.present, ...(c.absent ?? [])].filter((id) => !index.findingById.has(id)).map((id) => `${file} "${c.name}": finding ${id}`),
        ...[...(c.expect.rules ?? []), ...(c.expect.notRules ?? [])].filter((id) => !ruleIds.has(id)).map((id) => `${file} "${c.name}": rule ${id}`),
        ...[...(c.expect.cantMiss ?? []), ...Object.keys(c.expect.maxRank ?? {})]
          .filter((id) => !index.causeById.has(id))
          .map((id) => `${file} "${c.name}": cause ${id}`),
      ]),
    );
    expect(unknown).toEqual([]);
  });
});

for (const [file, cases] of loaded) {
  describe(`safety scenarios: ${file}`, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      expect(checkSafetyCase(index, c).failures).toEqual([]);
    });
  });
}

describe('checkSafetyCase', () => {
  it('reports every broken expectation, so a wrong case cannot pass', () => {
    const wrong = checkSafetyCase(index, {
      name: 'deliberately wrong', source: 'harness self-test', present: ['saddle-anaesthesia'],
      expect: { alert: 'none', rules: ['stroke-tia'], notRules: ['cauda-equina'], cantMiss: ['stroke-tia'], maxRank: { 'morton-neuroma': 1 } },
    });
    expect(wrong.failures).toHaveLength(5);
  });
});
