// The lexicon is catalog data: every file validates, every finding it names exists, every LOINC
// code passes its check digit, and the analytes the code imports statically are the ones on disk.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_DIR } from '../../lib/catalog/files';
import { lexiconDir, readLexiconFiles } from '../../lib/catalog/lexicon';
import { DEFAULT_ANALYTES } from '../../lib/language/measurements';
import { zLexiconFile } from '../../lib/schemas/lexicon';
import { codeProblem, LOINC } from '../../lib/terminology';
import { catalogFindings } from './evaluate';

const files = readLexiconFiles();
const findingIds = new Set(catalogFindings().map((f) => f.id));
const testLoinc = new Set(
  readdirSync(path.join(CATALOG_DIR, 'tests'))
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(readFileSync(path.join(CATALOG_DIR, 'tests', f), 'utf8')) as { codes: { system: string; code: string }[] }[])
    .flatMap((t) => t.codes.filter((c) => c.system === LOINC).map((c) => c.code)),
);

describe('the lexicon files', () => {
  it('validate and are rich (hundreds of entries)', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    const entries = files.reduce((n, f) => n + (f.words?.length ?? 0) + (f.phrases?.length ?? 0), 0);
    expect(entries).toBeGreaterThan(500);
  });

  it('name only findings the catalog has', () => {
    const named = files.flatMap((f) => [
      ...(f.phrases ?? []).flatMap((p) => (p.finding ? [p.finding] : [])),
      ...(f.analytes ?? []).flatMap((a) => a.rules.map((r) => r.finding)),
      ...(f.onset?.rules ?? []).map((r) => r.finding),
      ...(f.onset?.recent ?? []).flatMap((r) => [r.finding, ...(r.remoteAs ? [r.remoteAs] : [])]),
    ]);
    expect(named.length).toBeGreaterThan(50);
    expect(named.filter((id) => !findingIds.has(id))).toEqual([]);
  });

  it('give every analyte LOINC codes with a valid check digit, mostly ones the catalog tests carry', () => {
    const codes = files.flatMap((f) => (f.analytes ?? []).flatMap((a) => a.loinc));
    expect(codes.map((c) => codeProblem(LOINC, c)).filter(Boolean)).toEqual([]);
    expect(codes.filter((c) => testLoinc.has(c)).length).toBeGreaterThanOrEqual(codes.length * 0.7);
  });

  it('are what the browser and the EHR import read (analytes.json imported statically)', () => {
    expect(DEFAULT_ANALYTES).toEqual(files.flatMap((f) => f.analytes ?? []));
  });

  it('map a word variant to one canonical word only', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const f of files) for (const w of f.words ?? []) for (const v of w.variants) {
      if (seen.has(v) && seen.get(v) !== w.canonical) clashes.push(`${v}: ${seen.get(v)} / ${w.canonical}`);
      seen.set(v, w.canonical);
    }
    expect(clashes).toEqual([]);
  });

  it.each([
    ['a phrase with neither means nor finding', { phrases: [{ phrase: 'x y' }] }],
    ['a variant that is two words', { words: [{ canonical: 'numb', variants: ['dead leg'] }] }],
    ['an unknown qualifier class', { qualifiers: [{ word: 'left', class: 'sinister' }] }],
    ['a LOINC code with a wrong check digit', { analytes: [{ id: 'x', names: ['x'], loinc: ['4548-5'], unit: 'u', conversions: [], unitless: [{ unit: 'u' }], rules: [{ finding: 'x', present: { gt: 1 } }] }] }],
    ['an unknown section', { spelling: [] }],
  ])('rejects %s', (_, file) => {
    expect(zLexiconFile.safeParse(file).success).toBe(false);
  });

  it('reads the project lexicon folder', () => {
    expect(lexiconDir()).toBe(path.join(CATALOG_DIR, 'lexicon'));
  });
});
