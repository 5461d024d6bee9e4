// The example presentations enter only findings and leg marks the catalog and the picture know,
// and each opens as the same case after a trip through its link.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/catalog/files';
import { caseFromUrlSearch, caseUrl } from '../../lib/workspace/case-query';
import { EXAMPLE_CASES, EXAMPLE_FINDING_IDS } from '../../lib/workspace/example-cases';
import { parseMark } from '../../lib/workspace/leg-marks';

const { data } = loadCatalog(path.resolve(import.meta.dirname, '../../prisma/catalog'));
const findingIds = new Set(data.findings.map((f) => f.id));

describe.each(EXAMPLE_CASES.map((e) => [e.title, e] as const))('example "%s"', (_title, example) => {
  it('enters only findings the catalog has', () => {
    const entered = [...example.state.present, ...example.state.absent];
    expect(entered.length).toBeGreaterThan(0);
    expect(entered.filter((id) => !findingIds.has(id))).toEqual([]);
  });

  it('marks only regions the leg picture knows, and survives its link', () => {
    expect(example.state.legs.filter((m) => parseMark(m) === undefined)).toEqual([]);
    expect(caseFromUrlSearch(caseUrl(example.state).split('?')[1] ?? '')).toEqual(example.state);
  });
});

it('lists every entered id once for the page to label', () => {
  expect(new Set(EXAMPLE_FINDING_IDS).size).toBe(EXAMPLE_FINDING_IDS.length);
  expect([...EXAMPLE_FINDING_IDS].sort()).toEqual([...new Set(EXAMPLE_CASES.flatMap((e) => [...e.state.present, ...e.state.absent]))].sort());
});
