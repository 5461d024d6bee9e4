// The code tables FHIR reading uses are real: every ICD-10-CM code or prefix exists in the
// reference list (exact codes billable) with the table's display as its description, every
// SNOMED CT code is one the catalog itself carries, and every finding exists.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONDITION_ROWS } from '@/lib/fhir/condition-map';
import { PRESENCE_ROWS } from '@/lib/fhir/lab-results';
import { LOINC, SNOMED, codeProblem } from '@/lib/terminology';
import { snapshot } from './catalog';

const TERMINOLOGY = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'terminology');
const haveLists = existsSync(path.join(TERMINOLOGY, 'icd10cm-2022.tsv'));
const icd = haveLists
  ? new Map(readFileSync(path.join(TERMINOLOGY, 'icd10cm-2022.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((row) => {
      const [code, billable, description] = row.split('\t');
      return [code!, { billable: billable === '1', description: description! }];
    }))
  : new Map<string, { billable: boolean; description: string }>();

describe('the condition table', () => {
  it('names only findings the catalog has', () => {
    expect(CONDITION_ROWS.filter((r) => !snapshot.findingById.has(r.finding)).map((r) => r.finding)).toEqual([]);
  });

  it.runIf(haveLists)('uses ICD-10-CM codes that exist, exact codes billable, with their exact description', () => {
    const problems: string[] = [];
    for (const row of CONDITION_ROWS.filter((r) => r.system === 'icd-10-cm')) {
      if (row.code) {
        const entry = icd.get(row.code);
        if (!entry?.billable) problems.push(`${row.code} is not a billable code`);
        else if (entry.description !== row.display) problems.push(`${row.code}: "${row.display}" should be "${entry.description}"`);
      } else if (row.prefix) {
        const entry = icd.get(row.prefix);
        if (!entry) problems.push(`prefix ${row.prefix} is not a code or category`);
        else if (entry.description !== row.display) problems.push(`${row.prefix}: "${row.display}" should be "${entry.description}"`);
      } else {
        for (const end of [row.from!, row.to!, ...(row.except ?? [])]) if (!icd.has(end)) problems.push(`range end ${end} is not a category`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('uses only SNOMED CT codes the catalog itself carries', () => {
    const catalogSnomed = new Set(
      [...snapshot.causes.flatMap((c) => c.codes), ...snapshot.findings.flatMap((f) => f.codes)].filter((c) => c.system === SNOMED).map((c) => c.code),
    );
    expect(CONDITION_ROWS.filter((r) => r.system === 'snomed' && !catalogSnomed.has(r.code!)).map((r) => r.code)).toEqual([]);
  });
});

describe('the qualitative LOINC table', () => {
  it("uses valid LOINC codes the catalog's tests carry, with their display, for findings that exist", () => {
    const testCodes = new Map(snapshot.tests.flatMap((t) => t.codes).filter((c) => c.system === LOINC).map((c) => [c.code, c.display]));
    for (const row of PRESENCE_ROWS) {
      expect(codeProblem(LOINC, row.loinc)).toBeNull();
      expect(testCodes.get(row.loinc)).toBe(row.display);
      expect(snapshot.findingById.has(row.finding)).toBe(true);
    }
  });
});
