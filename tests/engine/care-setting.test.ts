import { describe, expect, it } from 'vitest';
import { computeDifferential } from '../../lib/engine/differential';
import { buildEngineIndex } from '../../lib/engine/engine-index';
import { DEFAULT_CARE_SETTING, PREVALENCE_TIER_RATIO, PREVALENCE_TIER_WEIGHT } from '../../lib/engine/parameters';
import { rankCauses } from '../../lib/engine/score';
import type { CareSetting } from '../../lib/engine/types';
import { cause, EXACT_TUNING, finding, smallCatalog } from './fixture';

const index = buildEngineIndex(
  smallCatalog({
    findings: [finding('numbness', 'symptom', 0.5)],
    causes: [
      cause('dvt', { numbness: 0.3 }, { prevalenceTier: 'uncommon', prevalenceBySetting: { primary_care: 'uncommon', emergency: 'common', neurology: 'very_rare' } }),
      cause('neuropathy', { numbness: 0.9 }, { prevalenceTier: 'very_common', prevalenceBySetting: { primary_care: 'very_common', emergency: 'uncommon', neurology: 'very_common' } }),
      cause('no-settings', { numbness: 0.5 }, { prevalenceTier: 'rare' }),
    ],
  }),
  EXACT_TUNING,
);
const priorOdds = (setting: CareSetting | undefined, a: string, b: string) => {
  const ranked = rankCauses(index, { present: [], absent: [], ...(setting ? { setting } : {}) });
  return ranked.find((c) => c.id === a)!.probability / ranked.find((c) => c.id === b)!.probability;
};

describe('care setting', () => {
  it.each<[CareSetting, number]>([
    ['primary_care', PREVALENCE_TIER_WEIGHT.uncommon / PREVALENCE_TIER_WEIGHT.very_common],
    ['emergency', PREVALENCE_TIER_WEIGHT.common / PREVALENCE_TIER_WEIGHT.uncommon],
    ['neurology', PREVALENCE_TIER_WEIGHT.very_rare / PREVALENCE_TIER_WEIGHT.very_common],
  ])('%s uses the setting tiers', (setting, ratio) => {
    expect(priorOdds(setting, 'dvt', 'neuropathy')).toBeCloseTo(ratio, 12);
  });

  it('defaults to primary care and says so in the result', () => {
    expect(DEFAULT_CARE_SETTING).toBe('primary_care');
    expect(priorOdds(undefined, 'dvt', 'neuropathy')).toBeCloseTo(priorOdds('primary_care', 'dvt', 'neuropathy'), 12);
    expect(computeDifferential(index, { present: [], absent: [] }).setting).toBe('primary_care');
    expect(computeDifferential(index, { present: [], absent: [], setting: 'emergency' }).setting).toBe('emergency');
  });

  it('falls back on the general tier for a cause without setting tiers', () => {
    expect(priorOdds('emergency', 'no-settings', 'dvt')).toBeCloseTo(PREVALENCE_TIER_WEIGHT.rare / PREVALENCE_TIER_WEIGHT.common, 12);
  });

  it('spaces the tiers as one geometric series, half a log step (ratio 3) apart', () => {
    const order = ['very_common', 'common', 'uncommon', 'rare', 'very_rare'] as const;
    for (let i = 1; i < order.length; i++) {
      expect(PREVALENCE_TIER_WEIGHT[order[i - 1]!] / PREVALENCE_TIER_WEIGHT[order[i]!]).toBeCloseTo(PREVALENCE_TIER_RATIO, 12);
    }
    expect(PREVALENCE_TIER_RATIO).toBeGreaterThanOrEqual(2);
    expect(PREVALENCE_TIER_RATIO).toBeLessThanOrEqual(Math.sqrt(10));
  });
});
