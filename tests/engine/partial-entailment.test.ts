import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/catalog/files';
import { snapshotDataFromFiles } from '../../lib/catalog/snapshot-from-files';
import { toEngineCatalog } from '../../lib/catalog/snapshot-build';
import { buildEngineIndex, probabilityAt, isListed } from '../../lib/engine/engine-index';
import { PARTIAL_ATTRIBUTE_ENTAILMENTS, partiallyEntailedProbabilities } from '../../lib/engine/partial-entailment';

describe('partiallyEntailedProbabilities', () => {
  const mass = (c: number) => [0.8, 0.5, 0.02, 0.6, 0][c]!;
  it.each([
    ['κ is the median listed ratio; unlisted attributed causes get κ × mass', new Map([[0, 0.4], [1, 0.5]]), [0, 1, 2, 3], new Map([[2, 0.75 * 0.02], [3, 0.75 * 0.6]])],
    ['a ratio above 1 counts as 1, and values stay ≤ 1', new Map([[2, 0.5]]), [0, 2], new Map([[0, 0.8]])],
    ['causes without attributes are left to the leak', new Map([[0, 0.8]]), [0, 3], new Map([[3, 0.6]])],
  ] as const)('%s', (_, listed, attributed, expected) => {
    const got = partiallyEntailedProbabilities(listed, attributed, mass)!;
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [c, p] of expected) expect(got.get(c)).toBeCloseTo(p, 12);
  });
  it('is undefined when no attributed cause lists the finding (no κ to take)', () => {
    expect(partiallyEntailedProbabilities(undefined, [0, 1], mass)).toBeUndefined();
    expect(partiallyEntailedProbabilities(new Map([[4, 0.3]]), [0, 1], mass)).toBeUndefined();
  });
});

describe('upper motor neurone signs on the real catalog', () => {
  const index = buildEngineIndex(toEngineCatalog(snapshotDataFromFiles(loadCatalog(path.resolve(import.meta.dirname, '../../prisma/catalog')).data)));
  const p = (findingId: string, causeId: string) => probabilityAt(index.findingById.get(findingId)!, index.causeById.get(causeId)!.position);
  it('every partially entailing finding is in the catalog', () => {
    for (const id of Object.keys(PARTIAL_ATTRIBUTE_ENTAILMENTS)) expect(index.findingById.has(id), id).toBe(true);
  });
  it.each(['hyperreflexia-legs', 'clonus', 'spasticity-legs'])('%s: unlisted, it follows the cause’s motor signs (cord cause high, length-dependent neuropathy low)', (id) => {
    const model = index.findingById.get(id)!;
    for (const cause of ['spinal-cord-infarction', 'diabetic-neuropathy']) expect(isListed(model, index.causeById.get(cause)!.position)).toBe(false);
    expect(p(id, 'spinal-cord-infarction')).toBeGreaterThan(10 * p(id, 'diabetic-neuropathy'));
    expect(p(id, 'diabetic-neuropathy')).toBeLessThan(model.leak);
  });
});
