// What the leg picture's marks do to the real catalog's ranking: a stocking to the knees is not
// a stocking to the toes, and the thigh territories point at the nerve, plexus or root they
// belong to. Ranks, not percentages, so catalog tuning elsewhere does not break the clinical claim.
import { describe, expect, it } from 'vitest';
import { computeDifferential } from '@/lib/engine/differential';
import { EMPTY_CASE } from '@/lib/workspace/case-state';
import { toggleLegMark } from '@/lib/workspace/leg-marks';
import { realCatalogIndex } from '../safety/run-case';

const index = realCatalogIndex();

/** The ranked cause ids after marking `marks` on the picture and entering `extra` as present. */
function ranking(marks: readonly string[], extra: readonly string[] = [], age?: number) {
  const state = marks.reduce(toggleLegMark, EMPTY_CASE);
  const result = computeDifferential(index, { present: [...state.present, ...extra], absent: [], age });
  const ids = result.causes.map((c) => c.id);
  return { ids, rank: (id: string) => ids.indexOf(id) + 1, probability: (id: string) => result.causes.find((c) => c.id === id)!.probability };
}

describe('stocking level', () => {
  const toes = ranking(['stocking-toes']);
  const knee = ranking(['stocking-knee']);

  it('gives different evidence and a different ranking at the toes and at the knee', () => {
    expect(knee.ids.slice(0, 8)).not.toEqual(toes.ids.slice(0, 8));
  });

  it('at the knee favours advanced or progressive neuropathies over a mild idiopathic one', () => {
    expect(knee.rank('idiopathic-axonal-polyneuropathy')).toBeGreaterThan(toes.rank('idiopathic-axonal-polyneuropathy'));
    // Probabilities, not ranks: under the tier priors a rare cause can gain without passing a common one.
    expect(knee.probability('amyloid-neuropathy')).toBeGreaterThan(toes.probability('amyloid-neuropathy'));
    expect(knee.probability('paraproteinaemic-neuropathy')).toBeGreaterThan(toes.probability('paraproteinaemic-neuropathy'));
  });

  it('at the knee argues against foot-only causes', () => {
    for (const id of ['morton-neuroma', 'tarsal-tunnel-syndrome']) expect(knee.probability(id)).toBeLessThan(toes.probability(id));
  });

  it('toes, ankle and mid-shin stand for the same stocking (the catalog cannot tell them apart)', () => {
    expect(ranking(['stocking-ankle']).ids).toEqual(toes.ids);
    expect(ranking(['stocking-mid-shin']).ids).toEqual(toes.ids);
  });
});

describe('femoral and obturator territories', () => {
  it.each([
    // Numbness of the front of the thigh alone: an L3/L4 root is as likely as the nerve or the plexus.
    ['femoral territory alone: femoral neuropathy among the first three', ['femoral-left'], [], undefined, 'femoral-neuropathy', 3],
    ['femoral territory, weak quadriceps, reduced knee jerk', ['femoral-left'], ['quadriceps-weakness', 'knee-reflex-reduced-unilateral'], undefined, 'femoral-neuropathy', 1],
    ['obturator territory alone', ['obturator-left'], [], undefined, 'obturator-saphenous-neuropathy', 1],
    ['obturator territory and weak adduction', ['obturator-left'], ['hip-adduction-weakness'], undefined, 'obturator-saphenous-neuropathy', 1],
    ['femoral and obturator together: the lumbar plexus (structural or diabetic) leads', ['femoral-left', 'obturator-left'], [], undefined, 'lumbosacral-plexopathy', 2],
    ['femoral and obturator together: the diabetic radiculoplexus neuropathy is with it', ['femoral-left', 'obturator-left'], [], undefined, 'diabetic-lumbosacral-radiculoplexus-neuropathy', 2],
    ['femoral territory, diabetes, severe thigh pain (diabetic amyotrophy)', ['femoral-left'], ['diabetes', 'severe-thigh-pain'], 65, 'diabetic-lumbosacral-radiculoplexus-neuropathy', 1],
    ['femoral territory with back pain and radiating pain (L3/L4 root)', ['femoral-left'], ['back-pain', 'radiating-leg-pain'], undefined, 'lumbar-disc-herniation', 2],
    ['femoral territory with back pain and radiating pain (L3/L4 foramen)', ['femoral-left'], ['back-pain', 'radiating-leg-pain'], undefined, 'foraminal-stenosis-synovial-cyst', 2],
  ])('%s', (_name, marks, extra, age, causeId, worstRank) => {
    expect(ranking(marks, extra, age).rank(causeId)).toBeLessThanOrEqual(worstRank);
  });

  it('keeps meralgia for the outer thigh: first for the LFCN territory, below the femoral causes for the front of the thigh', () => {
    expect(ranking(['lfcn-left']).rank('meralgia-paresthetica')).toBe(1);
    const femoral = ranking(['femoral-left']);
    for (const id of ['femoral-neuropathy', 'diabetic-lumbosacral-radiculoplexus-neuropathy']) {
      expect(femoral.rank(id)).toBeLessThan(femoral.rank('meralgia-paresthetica'));
    }
  });
});
