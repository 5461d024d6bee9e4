// A differential limited to a page must be the full differential cut down, never a different one:
// the same first causes with the same explanations, every can't-miss cause kept, and alerts,
// can't-miss, next findings and workup identical (posteriors are normalised over all causes).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/catalog/files';
import { toEngineCatalog } from '../../lib/catalog/snapshot-build';
import { snapshotDataFromFiles } from '../../lib/catalog/snapshot-from-files';
import { listCantMiss } from '../../lib/engine/cant-miss';
import { computeDifferential } from '../../lib/engine/differential';
import { buildEngineIndex, type EngineIndex } from '../../lib/engine/engine-index';
import { ALL_FINDING_KINDS, nextFindingsByPosterior } from '../../lib/engine/next-findings';
import { scoreCase, scorePositions } from '../../lib/engine/score';
import type { CaseInput, EngineCatalog } from '../../lib/engine/types';
import { scaleCatalog, seededRandom } from '../../bench/synthetic-catalog';
import { fixtureIndex } from './fixture';

const root = path.resolve(import.meta.dirname, '../..');
const real = toEngineCatalog(snapshotDataFromFiles(loadCatalog(path.join(root, 'prisma/catalog')).data));

/** Seeded cases of 0–10 findings, half of them red-flag triggers, so that alerts and can't-miss causes occur. */
function randomCases(index: EngineIndex, count: number, seed: number): CaseInput[] {
  const random = seededRandom(seed);
  const all = index.findings.map((m) => m.finding.id);
  const triggers = [...index.rulesByTrigger.keys()];
  const pick = (ids: readonly string[]) => ids[Math.floor(random() * ids.length)]!;
  return Array.from({ length: count }, () => {
    const chosen = new Set<string>();
    const size = Math.floor(random() * 11);
    while (chosen.size < size) chosen.add(random() < 0.5 ? pick(triggers) : pick(all));
    const ids = [...chosen];
    const cut = Math.ceil(ids.length * 0.7);
    return { present: ids.slice(0, cut), absent: ids.slice(cut), age: 20 + Math.floor(random() * 70), sex: random() < 0.5 ? 'female' : 'male' };
  });
}

describe.each([
  ['the real catalog', real, 60],
  ['a ×10 synthetic catalog', scaleCatalog(real, 10), 15],
] as [string, EngineCatalog, number][])('a limited differential on %s', (_, catalog, count) => {
  const index = buildEngineIndex(catalog);
  const cases = randomCases(index, count, 18);

  it('lists can\'t-miss causes exactly as listCantMiss does on the full ranking', () => {
    expect(cases.filter((input) => computeDifferential(index, input).cantMiss.length > 0).length).toBeGreaterThan(count / 4);
    for (const input of cases) {
      const full = computeDifferential(index, input);
      const { ranked, evidence } = scoreCase(index, input);
      const context = { rules: index.rules, rulesByTrigger: index.rulesByTrigger, present: [...evidence.knownPresent], absent: [...evidence.knownAbsent] };
      expect(full.causes).toEqual(ranked);
      expect(full.cantMiss, JSON.stringify(input)).toEqual(listCantMiss(ranked, full.alerts, context));
    }
  });

  it('suggests as next findings the first of the whole ranking of findings (the gain bound skips only findings that cannot enter)', () => {
    for (const input of cases) {
      const { posterior, evidence } = scorePositions(index, input);
      const all = nextFindingsByPosterior(index, posterior, evidence, index.findings.length, ALL_FINDING_KINDS);
      for (const limit of [1, 10, 25]) {
        expect(nextFindingsByPosterior(index, posterior, evidence, limit, ALL_FINDING_KINDS)).toEqual(all.slice(0, limit));
      }
    }
  });

  it.each([0, 1, 3, 10, 100])('with limit %i is the full differential cut to the first causes and the can\'t-miss ones', (limit) => {
    for (const input of cases) {
      const full = computeDifferential(index, input);
      const limited = computeDifferential(index, input, { limit });
      const cantMissIds = new Set(full.cantMiss.map((c) => c.id));
      const kept = full.causes.filter((c, rank) => rank < limit || cantMissIds.has(c.id));
      const { causes, omittedProbability, ...rest } = limited;
      const { causes: allCauses, omittedProbability: none, ...fullRest } = full;
      expect(causes, JSON.stringify(input)).toEqual(kept);
      expect(rest).toEqual(fullRest);
      expect(none).toBe(0);
      expect(limited.totalCauses).toBe(allCauses.length);
      const omitted = allCauses.filter((c) => !kept.includes(c)).reduce((sum, c) => sum + c.probability, 0);
      expect(omittedProbability).toBeCloseTo(omitted, 12);
    }
  });
});

describe('the limit option', () => {
  it('returns every cause when the limit exceeds the catalog', () => {
    const result = computeDifferential(fixtureIndex, { present: [], absent: [] }, { limit: 1000 });
    expect(result.causes).toHaveLength(result.totalCauses);
    expect(result.omittedProbability).toBe(0);
  });

  it.each([-1, 2.5, Number.NaN])('rejects %s', (limit) => {
    expect(() => computeDifferential(fixtureIndex, { present: [], absent: [] }, { limit })).toThrow(/limit must be a whole number/);
  });
});
