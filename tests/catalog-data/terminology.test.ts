// Every code in the catalog is a real code: ICD-10-CM and HPO against the reference lists in
// ../shared/terminology (when that folder is present), LOINC by its check digit.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/files';
import { HPO, ICD10CM, LOINC, RXNORM, codeProblem, loincCheckDigit, type Coding } from '@/lib/terminology';

const TERMINOLOGY = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'terminology');
const haveLists = existsSync(path.join(TERMINOLOGY, 'icd10cm-2022.tsv'));

function readTsv(file: string): Map<string, string[]> {
  const rows = readFileSync(path.join(TERMINOLOGY, file), 'utf8').split('\n').slice(1);
  return new Map(rows.filter(Boolean).map((row) => {
    const [key, ...rest] = row.split('\t');
    return [key!, rest];
  }));
}

const { data } = loadCatalog();
const codings: { owner: string; coding: Coding }[] = [
  ...data.causes.flatMap((c) => c.codes.map((coding) => ({ owner: `cause ${c.id}`, coding }))),
  ...data.findings.flatMap((f) => f.codes.map((coding) => ({ owner: `finding ${f.id}`, coding }))),
  ...data.tests.flatMap((t) => t.codes.map((coding) => ({ owner: `test ${t.id}`, coding }))),
  ...data.treatments.flatMap((t) => t.codes.map((coding) => ({ owner: `treatment ${t.id}`, coding }))),
];
const bySystem = (system: string) => codings.filter((c) => c.coding.system === system);

describe('LOINC check digit', () => {
  it.each([
    ['2132-9', true],
    ['4548-4', true],
    ['11580-8', true],
    ['4548-5', false],
    ['1234-5', false],
  ])('%s is valid: %s', (code, valid) => {
    expect(codeProblem(LOINC, code) === null).toBe(valid);
  });

  it('computes the digit of the body', () => {
    expect(loincCheckDigit('2132')).toBe(9);
  });
});

describe('catalog codes', () => {
  it('every code is well formed for its system', () => {
    const bad = codings.filter(({ coding }) => codeProblem(coding.system, coding.code) !== null);
    expect(bad.map((b) => `${b.owner}: ${b.coding.code}`)).toEqual([]);
  });

  // Drugs whose RxNorm ingredient code could not be confirmed from a source: left uncoded
  // rather than guessed. Shrink this list as codes are confirmed; never add to it lightly.
  const RXNORM_UNCONFIRMED: Record<string, string> = {
    ivig: 'human immune globulin products are coded per product; no ingredient code confirmed',
    'copper-supplement': 'copper salts (gluconate, sulfate, chloride) vary; no ingredient code confirmed',
    'ttr-stabiliser': 'tafamidis and diflunisal RxCUIs not confirmed from a source',
    'ttr-silencer': 'patisiran, vutrisiran, inotersen and eplontersen RxCUIs not confirmed from a source',
    'chelation-therapy': 'several agents (succimer, dimercaprol, DMPS, Prussian blue); no ingredient code confirmed',
    'calcium-replacement': 'calcium salts and active vitamin D analogues vary; no ingredient code confirmed',
    'haem-therapy': 'hemin / haem arginate RxCUI not confirmed from a source',
    givosiran: 'givosiran RxCUI not confirmed from a source',
    'fabry-specific-therapy': 'agalsidase alfa/beta, pegunigalsidase and migalastat RxCUIs not confirmed from a source',
    omaveloxolone: 'omaveloxolone RxCUI not confirmed from a source',
  };

  // Lab tests whose LOINC code could not be confirmed from a source: left uncoded rather than guessed.
  const LOINC_UNCONFIRMED: Record<string, string> = {
    'onconeural-antibodies': 'antibody panels are coded per antibody and method; no code confirmed',
    'ssa-ssb-antibodies': 'anti-Ro/SSA and anti-La/SSB codes vary by method; not confirmed',
    'urine-porphobilinogen': 'urine porphobilinogen LOINC not confirmed from a source',
  };

  it('every lab test carries a LOINC code and every drug an RxNorm code', () => {
    const labsWithout = data.tests.filter((t) => t.kind === 'lab' && !t.codes.some((c) => c.system === LOINC)).map((t) => t.id);
    const drugsWithout = data.treatments
      .filter((t) => (t.kind === 'medication' || t.kind === 'supplement') && !t.codes.some((c) => c.system === RXNORM))
      .map((t) => t.id);
    expect(labsWithout.sort()).toEqual(Object.keys(LOINC_UNCONFIRMED).sort());
    expect(drugsWithout.sort()).toEqual(Object.keys(RXNORM_UNCONFIRMED).sort());
  });

  it.skipIf(!haveLists)('every ICD-10-CM code is in the FY2022 code list', () => {
    const icd = readTsv('icd10cm-2022.tsv');
    const unknown = bySystem(ICD10CM).filter(({ coding }) => !icd.has(coding.code));
    expect(unknown.map((u) => `${u.owner}: ${u.coding.code}`)).toEqual([]);
  });

  it.skipIf(!haveLists)('every HPO id is a real term, displayed with its HPO label', () => {
    const hpo = readTsv('hpo-terms.tsv');
    const wrong = bySystem(HPO).filter(({ coding }) => hpo.get(coding.code)?.[0] !== coding.display);
    expect(wrong.map((w) => `${w.owner}: ${w.coding.code} "${w.coding.display}"`)).toEqual([]);
  });

  it('ICD-10-CM codes appear on causes only, HPO on findings only', () => {
    expect(bySystem(ICD10CM).every((c) => c.owner.startsWith('cause '))).toBe(true);
    expect(bySystem(HPO).every((c) => c.owner.startsWith('finding '))).toBe(true);
  });
});
