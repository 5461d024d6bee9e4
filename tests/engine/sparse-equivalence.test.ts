// The sparse engine index must rank exactly as the dense one it replaced. The dense engine is kept
// verbatim in ./dense-reference (as of commit c91ab2c); both are built from the real catalog (and a
// ×10 synthetic one, whose links cross copies) and compared on many seeded random cases that lean on
// the model's special paths: implication chains, attribute entry points and dependence groups.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/catalog/files';
import { toEngineCatalog } from '../../lib/catalog/snapshot-build';
import { snapshotDataFromFiles } from '../../lib/catalog/snapshot-from-files';
import { buildEngineIndex, type EngineIndex } from '../../lib/engine/engine-index';
import { ALL_FINDING_KINDS, rankNextFindings } from '../../lib/engine/next-findings';
import { scoreCase } from '../../lib/engine/score';
import type { CareSetting, CaseInput, EngineCatalog } from '../../lib/engine/types';
import { scaleCatalog, seededRandom } from '../../bench/synthetic-catalog';
import { buildEngineIndex as buildDenseIndex, type EngineIndex as DenseIndex } from './dense-reference/index';
import { rankNextFindings as denseNextFindings } from './dense-reference/next-findings';
import { scoreCase as denseScoreCase } from './dense-reference/score';

const root = path.resolve(import.meta.dirname, '../..');
const real = toEngineCatalog(snapshotDataFromFiles(loadCatalog(path.join(root, 'prisma/catalog')).data));
const SETTINGS: readonly (CareSetting | undefined)[] = [undefined, 'primary_care', 'emergency', 'neurology'];
const RELATIVE = 1e-9;

/** Seeded cases of 0–12 findings, half drawn from the findings that take the model's special paths. */
function randomCases(index: EngineIndex, count: number, seed: number): CaseInput[] {
  const random = seededRandom(seed);
  const all = index.findings.map((m) => m.finding.id);
  const special = index.findings
    .filter((m) => m.attribute || m.group || m.implies.length > 0 || index.impliedBy.has(m.finding.id))
    .map((m) => m.finding.id);
  const pick = (ids: readonly string[]) => ids[Math.floor(random() * ids.length)]!;
  return Array.from({ length: count }, () => {
    const size = Math.floor(random() * 13);
    const chosen = new Set<string>();
    while (chosen.size < size) chosen.add(random() < 0.5 ? pick(special) : pick(all));
    const present: string[] = [];
    const absent: string[] = [];
    for (const id of chosen) (random() < 0.65 ? present : absent).push(id);
    const setting = SETTINGS[Math.floor(random() * SETTINGS.length)];
    return {
      present,
      absent,
      ...(random() < 0.8 ? { age: Math.floor(random() * 90) + 5 } : {}),
      ...(random() < 0.8 ? { sex: random() < 0.5 ? ('female' as const) : ('male' as const) } : {}),
      ...(setting ? { setting } : {}),
    };
  });
}

/** Differences between the sparse and the dense engine on one case, as readable lines (none when equal). */
function differences(sparse: EngineIndex, dense: DenseIndex, input: CaseInput): string[] {
  const out: string[] = [];
  const close = (actual: number, expected: number, what: string) => {
    const scale = Math.max(Math.abs(actual), Math.abs(expected));
    if (!(Math.abs(actual - expected) <= RELATIVE * scale)) out.push(`${what}: ${actual} vs ${expected}`);
  };
  const mine = scoreCase(sparse, input);
  const theirs = denseScoreCase(dense, input);
  const theirsById = new Map(theirs.ranked.map((c) => [c.id, c]));
  if (mine.ranked.length !== theirs.ranked.length) out.push('cause count');
  for (const cause of mine.ranked) {
    const reference = theirsById.get(cause.id)!;
    close(cause.probability, reference.probability, `${cause.id} posterior`);
    close(cause.logPrior, reference.logPrior, `${cause.id} prior`);
    for (const side of ['supporting', 'against'] as const) {
      // Same findings with the same weights; the order may differ only between equal weights (copies
      // of one finding in the synthetic catalog tie, and float sums in another order break ties).
      const ids = cause[side].map((c) => c.findingId);
      const referenceWeight = new Map(reference[side].map((c) => [c.findingId, c.weight]));
      if ([...ids].sort().join() !== [...referenceWeight.keys()].sort().join()) out.push(`${cause.id} ${side}: ${ids.join()}`);
      cause[side].forEach((c) => close(c.weight, referenceWeight.get(c.findingId) ?? NaN, `${cause.id} ${c.findingId} weight`));
      cause[side].forEach((c, i) => {
        const before = cause[side][i - 1];
        if (before && Math.abs(c.weight) > Math.abs(before.weight) * (1 + RELATIVE)) out.push(`${cause.id} ${side} order at ${c.findingId}`);
      });
    }
    if (JSON.stringify(cause.missingTypical) !== JSON.stringify(reference.missingTypical)) out.push(`${cause.id} missingTypical`);
  }
  const next = rankNextFindings(sparse, mine.ranked, mine.evidence, sparse.findings.length, ALL_FINDING_KINDS);
  const referenceNext = denseNextFindings(dense, theirs.ranked, theirs.evidence, dense.findings.length, ALL_FINDING_KINDS);
  if (next.map((f) => f.findingId).join() !== referenceNext.map((f) => f.findingId).join()) out.push('next-findings order');
  next.forEach((f, i) => {
    if (!(Math.abs(f.gain - referenceNext[i]!.gain) <= 1e-12)) out.push(`gain ${f.findingId}: ${f.gain} vs ${referenceNext[i]!.gain}`);
  });
  return out;
}

describe.each([
  ['the real catalog', real, 200],
  ['a ×10 synthetic catalog', scaleCatalog(real, 10), 10],
] as [string, EngineCatalog, number][])('sparse index equals the dense reference on %s', (_, catalog, count) => {
  const sparse = buildEngineIndex(catalog);
  const dense = buildDenseIndex(catalog);

  it('derives the same P(f|c) and P(f) for every finding and cause', () => {
    const mismatches: string[] = [];
    for (const model of sparse.findings) {
      const reference = dense.findingById.get(model.finding.id)!;
      const values = new Float64Array(sparse.causes.length).fill(model.probability.fallback);
      model.probability.positions.forEach((c, k) => (values[c] = model.probability.values[k]!));
      if (values.some((p, c) => p !== reference.probabilityByCause[c])) mismatches.push(`${model.finding.id} P(f|c)`);
      for (const setting of ['primary_care', 'emergency', 'neurology'] as const) {
        const [a, b] = [model.marginal[setting], reference.marginal[setting]];
        if (!(Math.abs(a - b) <= RELATIVE * b)) mismatches.push(`${model.finding.id} P(f) ${setting}: ${a} vs ${b}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it(`gives the same posteriors, contributions and next findings on ${count} random cases`, () => {
    const cases = randomCases(sparse, count, 13);
    expect(cases.filter((input) => input.present.length + input.absent.length >= 8).length).toBeGreaterThan(count / 4);
    for (const input of cases) expect(differences(sparse, dense, input), JSON.stringify(input)).toEqual([]);
  }, 120_000);
});
