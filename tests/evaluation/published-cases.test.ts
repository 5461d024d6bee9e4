// The model on the published case set (tests/fixtures/cases): the figures must not fall below
// their floors. The goals are top-3 ≥ 85 % and ECE ≤ 0.05 on the held-out part; where a goal is not
// met the floor below is the real current figure, not the goal — see the README. The floors are a
// ratchet about one held-out case below the measured figures (held-out n = 135: one case is 0.7 %
// of top-3; ECE moves by about 0.01 per case), so that merging catalog edits can move them a little
// without hiding a real regression. Re-based at the end of session 19 on 389 cases (84 new cases
// and 13 for two new causes, which moved the figures before any tuning): held-out top-3 72.6 %
// (presentation) and 88.9 % (with workup), ECE 0.067 and 0.063; development top-3 75.2 % and 89.4 %.
// Session 20 (catalog fixes from development misses, bedside exponent 0.84 -> 0.92) raised only
// the floors its figures cleared by more than a case: held-out top-3 73.3 % / 88.1 %, ECE 0.066 /
// 0.073; development top-3 77.6 % / 89.4 %, development ECE with the workup 0.044.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/catalog/files';
import { snapshotDataFromFiles } from '../../lib/catalog/snapshot-from-files';
import { toEngineCatalog } from '../../lib/catalog/snapshot-build';
import { buildEngineIndex } from '../../lib/engine/engine-index';
import { loadPublishedCases } from '../../lib/evaluation/cases';
import { evaluateCases } from '../../lib/evaluation/run';

const root = path.resolve(import.meta.dirname, '../..');
const { data } = loadCatalog(path.join(root, 'prisma/catalog'));
const index = buildEngineIndex(toEngineCatalog(snapshotDataFromFiles(data)));
const cases = loadPublishedCases(path.join(root, 'tests/fixtures/cases'));

describe('published case set', () => {
  it('has at least 389 cases, each with its source, and only catalog finding ids', () => {
    expect(cases.length).toBeGreaterThanOrEqual(389);
    for (const c of cases) {
      expect(c.source.url).toMatch(/^https?:\/\//);
      for (const id of [...c.present, ...(c.absent ?? [])]) expect(index.findingById.has(id), `${c.id}: ${id}`).toBe(true);
    }
  });

  const withWorkup = evaluateCases(index, cases);
  const presentation = evaluateCases(index, cases, true);

  it.each([
    ['held-out, with workup: top-3', () => withWorkup.metrics['held-out'].top3, 0.88],
    ['held-out, presentation: top-3', () => presentation.metrics['held-out'].top3, 0.725],
    ['development, with workup: top-3', () => withWorkup.metrics.development.top3, 0.89],
    ['development, presentation: top-3', () => presentation.metrics.development.top3, 0.77],
    ['held-out, with workup: top-10', () => withWorkup.metrics['held-out'].top10, 0.96],
  ] as const)('%s stays at or above its floor', (_, figure, floor) => {
    expect(figure()).toBeGreaterThanOrEqual(floor);
  });

  it.each([
    ['held-out, with workup: ECE', () => withWorkup.metrics['held-out'].ece, 0.075],
    ['held-out, presentation: ECE', () => presentation.metrics['held-out'].ece, 0.075],
    ['development, with workup: ECE', () => withWorkup.metrics.development.ece, 0.055],
    ['held-out, with workup: Brier', () => withWorkup.metrics['held-out'].brier, 0.355],
    ['held-out, presentation: Brier', () => presentation.metrics['held-out'].brier, 0.61],
  ] as const)('%s stays at or below its ceiling', (_, figure, ceiling) => {
    expect(figure()).toBeLessThanOrEqual(ceiling);
  });
});
