import { describe, expect, it } from 'vitest';
import { likelihoodRatios } from '../../lib/engine/likelihood-ratio';
import { rankCauses } from '../../lib/engine/score';
import type { CareSetting } from '../../lib/engine/types';
import { cause, EXACT_TUNING, finding, fixtureIndex, smallCatalog } from './fixture';
import { buildEngineIndex } from '../../lib/engine/engine-index';

const probabilityOf = (ranked: ReturnType<typeof rankCauses>, id: string) => ranked.find((c) => c.id === id)!.probability;

describe('likelihoodRatios', () => {
  // With the evidence exponent at 1, one finding alone moves each cause's probability by exactly
  // the ratio shown on its reference pages: that is what "as the engine weighs it" means.
  it.each<[string, string, CareSetting]>([
    ['saddle-anaesthesia', 'cauda-equina-syndrome', 'primary_care'],
    ['saddle-anaesthesia', 'diabetic-polyneuropathy', 'emergency'],
    ['numbness-feet-bilateral', 'diabetic-polyneuropathy', 'neurology'],
    ['radiating-leg-pain', 'lumbar-disc-herniation', 'primary_care'],
    ['slr-positive', 'diabetic-polyneuropathy', 'primary_care'], // not listed: the leak
  ])('%s for %s in %s is the posterior ÷ prior of the finding entered alone', (findingId, causeId, setting) => {
    const ratios = likelihoodRatios(fixtureIndex, findingId, causeId, setting)!;
    const prior = probabilityOf(rankCauses(fixtureIndex, { present: [], absent: [], setting }), causeId);
    const present = probabilityOf(rankCauses(fixtureIndex, { present: [findingId], absent: [], setting }), causeId);
    const absent = probabilityOf(rankCauses(fixtureIndex, { present: [], absent: [findingId], setting }), causeId);
    expect(present / prior).toBeCloseTo(ratios.positive, 9);
    expect(absent / prior).toBeCloseTo(ratios.negative, 9);
  });

  it('divides by the prior-weighted mixture P(f), not the hand-entered background frequency', () => {
    const index = buildEngineIndex(
      smallCatalog({
        findings: [finding('numbness', 'symptom', 0.5)],
        causes: [cause('a', { numbness: 0.9 }, { prevalenceTier: 'common' }), cause('b', { numbness: 0.3 }, { prevalenceTier: 'common' })],
      }),
      EXACT_TUNING,
    );
    expect(likelihoodRatios(index, 'numbness', 'a')!.positive).toBeCloseTo(0.9 / 0.6, 12);
    expect(likelihoodRatios(index, 'numbness', 'b')!.negative).toBeCloseTo(0.7 / 0.4, 12);
  });

  it('is null for an id the index does not hold', () => {
    expect(likelihoodRatios(fixtureIndex, 'no-such-finding', 'cauda-equina-syndrome')).toBeNull();
    expect(likelihoodRatios(fixtureIndex, 'saddle-anaesthesia', 'no-such-cause')).toBeNull();
  });
});
