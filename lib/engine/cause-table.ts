// What a differential reads of every cause, as typed arrays by cause position (built once with the
// index). Scoring and the can't-miss scan visit every cause of the catalog on each edit; reading a
// few flat arrays costs a fraction of reaching into one cause object each (and synthetic or merged
// catalogs give cause objects varied shapes, which makes each property read slower still).
import { TYPICAL_SEXES } from '../vocabulary';
import type { CareSetting, EngineCause, PrevalenceTier } from './types';

/** Per-cause quantities by position (index.causes order). */
export interface CauseTable {
  /** ln PREVALENCE_TIER_WEIGHT of the cause's tier, per care setting (logPriorWeight's first term). */
  logTierWeight: Readonly<Record<CareSetting, Float64Array>>;
  /** The cause's typical age range. */
  ageMin: Float64Array;
  ageMax: Float64Array;
  /** Index into TYPICAL_SEXES. */
  typicalSex: Uint8Array;
  /** 1 when flagged can't-miss or not routine: it may be listed as can't-miss without an alert. */
  dangerous: Uint8Array;
  /** 1 when flagged can't-miss or an emergency: an open red-flag presentation lists it at any posterior. */
  mustNotMiss: Uint8Array;
}

/** Flattens the causes (built once with the index). */
export function buildCauseTable(
  causes: readonly EngineCause[],
  settings: readonly CareSetting[],
  logTierWeight: Readonly<Record<PrevalenceTier, number>>,
  tierIn: (cause: EngineCause, setting: CareSetting) => PrevalenceTier,
): CauseTable {
  const bySetting = {} as Record<CareSetting, Float64Array>;
  for (const setting of settings) bySetting[setting] = Float64Array.from(causes, (cause) => logTierWeight[tierIn(cause, setting)]);
  return {
    logTierWeight: bySetting,
    ageMin: Float64Array.from(causes, (cause) => cause.typicalAge.min),
    ageMax: Float64Array.from(causes, (cause) => cause.typicalAge.max),
    typicalSex: Uint8Array.from(causes, (cause) => TYPICAL_SEXES.indexOf(cause.typicalSex)),
    dangerous: Uint8Array.from(causes, (cause) => (cause.cantMiss || cause.urgency !== 'routine' ? 1 : 0)),
    mustNotMiss: Uint8Array.from(causes, (cause) => (cause.cantMiss || cause.urgency === 'emergency' ? 1 : 0)),
  };
}
