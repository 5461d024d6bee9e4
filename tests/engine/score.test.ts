import { describe, expect, it } from 'vitest';
import {
  AGE_OUTSIDE_TYPICAL_FACTOR,
  SEX_NON_PREDOMINANT_FACTOR,
  SEX_PREDOMINANT_FACTOR,
  SEX_SPECIFIC_OTHER_SEX_FACTOR,
  tierWeightsFromRatio,
} from '../../lib/engine/parameters';
import { buildEngineIndex, isListed, probabilityAt } from '../../lib/engine/engine-index';
import { rankCauses, type RankedCause } from '../../lib/engine/score';
import type { CaseInput } from '../../lib/engine/types';
import { EXACT_TUNING, fixtureCatalog, fixtureIndex } from './fixture';

const none: CaseInput = { present: [], absent: [] };

function probability(ranked: RankedCause[], causeId: string): number {
  const found = ranked.find((c) => c.id === causeId);
  if (!found) throw new Error(`no ${causeId} in ranking`);
  return found.probability;
}

function odds(input: CaseInput, a: string, b: string): number {
  const ranked = rankCauses(fixtureIndex, input);
  return probability(ranked, a) / probability(ranked, b);
}

describe('rankCauses: probabilities', () => {
  it.each<[string, CaseInput]>([
    ['empty input', none],
    ['sciatica', { present: ['radiating-leg-pain', 'slr-positive'], absent: ['saddle-anaesthesia'] }],
    ['diabetic feet, old man', { present: ['numbness-feet-bilateral', 'diabetes'], absent: [], age: 80, sex: 'male' }],
    ['everything present', { present: fixtureCatalog.findings.map((f) => f.id), absent: [] }],
    ['everything absent', { present: [], absent: fixtureCatalog.findings.map((f) => f.id), age: 5, sex: 'female' }],
  ])('sum to 1 and are sorted: %s', (_, input) => {
    const ranked = rankCauses(fixtureIndex, input);
    expect(ranked).toHaveLength(fixtureCatalog.causes.length);
    expect(ranked.reduce((sum, c) => sum + c.probability, 0)).toBeCloseTo(1, 12);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.probability).toBeGreaterThanOrEqual(ranked[i]!.probability);
  });

  it('ranks by prior alone on an empty input, ties by name', () => {
    const ranked = rankCauses(fixtureIndex, none);
    expect(ranked.map((c) => c.id).slice(0, 2)).toEqual(['diabetic-polyneuropathy', 'lumbar-disc-herniation']);
    expect(ranked[0]!.probability).toBe(ranked[1]!.probability);
  });

  it('logPrior plus the weights reproduces the posterior up to one shared constant', () => {
    const ranked = rankCauses(fixtureIndex, { present: ['slr-positive', 'diabetes'], absent: ['onset-sudden'], age: 50 });
    const constants = ranked.map(
      (c) => Math.log(c.probability) - c.logPrior - [...c.supporting, ...c.against].reduce((s, w) => s + w.weight, 0),
    );
    for (const k of constants) expect(k).toBeCloseTo(constants[0]!, 10);
  });
});

// Every (cause A, finding f) with P(f|A) above background, against every cause B not listing f.
const favouring = fixtureCatalog.causes.flatMap((a) =>
  a.findings
    .filter((link) => link.probability > fixtureCatalog.findings.find((f) => f.id === link.findingId)!.backgroundFrequency)
    .flatMap((link) =>
      fixtureCatalog.causes
        .filter((b) => !b.findings.some((l) => l.findingId === link.findingId))
        .map((b) => [a.id, link.findingId, b.id] as const),
    ),
);

describe('rankCauses: evidence moves causes the right way', () => {
  const bases: CaseInput[] = [none, { present: ['radiating-leg-pain'], absent: ['diabetes'], age: 60, sex: 'male' }];

  it.each(favouring)('present %s-favouring finding %s never lowers it against %s', (a, findingId, b) => {
    for (const base of bases) {
      if (base.present.includes(findingId) || base.absent.includes(findingId)) continue;
      const after = { ...base, present: [...base.present, findingId] };
      expect(odds(after, a, b)).toBeGreaterThanOrEqual(odds(base, a, b));
    }
  });

  it.each([
    ['guillain-barre-syndrome', 'rapidly-ascending-weakness'],
    ['guillain-barre-syndrome', 'areflexia-generalised'],
    ['cauda-equina-syndrome', 'saddle-anaesthesia'],
    ['diabetic-polyneuropathy', 'diabetes'],
    ['lumbar-disc-herniation', 'radiating-leg-pain'],
    ['acute-limb-ischaemia', 'absent-foot-pulses'],
  ])('absent %s-expected finding %s lowers its probability', (causeId, findingId) => {
    const before = probability(rankCauses(fixtureIndex, none), causeId);
    const after = probability(rankCauses(fixtureIndex, { present: [], absent: [findingId] }), causeId);
    expect(after).toBeLessThan(before);
  });
});

describe('rankCauses: age and sex', () => {
  // The reference cause's typical range covers both ages, so the odds change is the age factor alone.
  it.each([
    ['lumbar-disc-herniation', 40, 80, 'diabetic-polyneuropathy'],
    ['acute-limb-ischaemia', 70, 30, 'guillain-barre-syndrome'],
    ['obstetric-lumbosacral-plexopathy', 30, 60, 'guillain-barre-syndrome'],
    ['cauda-equina-syndrome', 50, 85, 'diabetic-polyneuropathy'],
  ] as const)('%s: age %i typical, %i outside', (causeId, inside, outside, reference) => {
    const typical = rankCauses(fixtureIndex, { ...none, age: inside });
    const atypical = rankCauses(fixtureIndex, { ...none, age: outside });
    expect(probability(atypical, causeId)).toBeLessThan(probability(typical, causeId));
    const oddsRatio =
      probability(atypical, causeId) / probability(atypical, reference) /
      (probability(typical, causeId) / probability(typical, reference));
    expect(oddsRatio).toBeCloseTo(AGE_OUTSIDE_TYPICAL_FACTOR, 10);
  });

  it('suppresses a female-only cause in a man', () => {
    const ratio =
      odds({ ...none, sex: 'male' }, 'obstetric-lumbosacral-plexopathy', 'guillain-barre-syndrome') /
      odds({ ...none, sex: 'female' }, 'obstetric-lumbosacral-plexopathy', 'guillain-barre-syndrome');
    expect(ratio).toBeCloseTo(SEX_SPECIFIC_OTHER_SEX_FACTOR, 10);
    const man = rankCauses(fixtureIndex, { present: ['oestrogen-pregnancy'], absent: [], sex: 'male' });
    const woman = rankCauses(fixtureIndex, { present: ['oestrogen-pregnancy'], absent: [], sex: 'female' });
    expect(probability(man, 'obstetric-lumbosacral-plexopathy')).toBeLessThan(probability(woman, 'obstetric-lumbosacral-plexopathy'));
  });

  it('weights a male-predominant cause up in men and down in women', () => {
    const male = odds({ ...none, sex: 'male' }, 'lumbar-disc-herniation', 'diabetic-polyneuropathy');
    const female = odds({ ...none, sex: 'female' }, 'lumbar-disc-herniation', 'diabetic-polyneuropathy');
    expect(male).toBeCloseTo(SEX_PREDOMINANT_FACTOR, 10);
    expect(female).toBeCloseTo(SEX_NON_PREDOMINANT_FACTOR, 10);
  });
});

describe('rankCauses: explanation', () => {
  // A flat prior (1.5-fold tier step) pinned here so the absent saddle anaesthesia keeps a weight
  // above the display threshold whatever prior the app uses: the test is about the explanation.
  const explainIndex = buildEngineIndex(fixtureCatalog, { ...EXACT_TUNING, tierWeight: tierWeightsFromRatio(1.5) });
  const sciatica: CaseInput = { present: ['radiating-leg-pain', 'slr-positive'], absent: ['saddle-anaesthesia'] };
  const ranked = rankCauses(explainIndex, sciatica);
  const disc = ranked.find((c) => c.id === 'lumbar-disc-herniation')!;
  const caudaEquina = ranked.find((c) => c.id === 'cauda-equina-syndrome')!;

  // weight = ln P(f|c) − ln P(f), P(f) the prior-weighted mixture over the catalog (primary care).
  const w = (findingId: string, causeId: string, state: 'present' | 'absent') => {
    const model = explainIndex.findingById.get(findingId)!;
    const p = probabilityAt(model, explainIndex.causeById.get(causeId)!.position);
    const m = model.marginal.primary_care;
    return state === 'present' ? Math.log(p / m) : Math.log((1 - p) / (1 - m));
  };

  it('lists supporting findings with ln LR against the catalog background, largest first, absences included', () => {
    expect(ranked[0]!.id).toBe('lumbar-disc-herniation');
    const expected = [
      { findingId: 'slr-positive', label: 'Positive straight leg raise', state: 'present', weight: w('slr-positive', 'lumbar-disc-herniation', 'present') },
      { findingId: 'radiating-leg-pain', label: 'Pain radiating down the leg', state: 'present', weight: w('radiating-leg-pain', 'lumbar-disc-herniation', 'present') },
      { findingId: 'saddle-anaesthesia', label: 'Saddle anaesthesia', state: 'absent', weight: w('saddle-anaesthesia', 'lumbar-disc-herniation', 'absent') },
    ].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
    expect(disc.supporting.map((c) => c.findingId)).toEqual(expected.map((c) => c.findingId));
    disc.supporting.forEach((c, i) => expect(c.weight).toBeCloseTo(expected[i]!.weight, 12));
    expect(disc.against).toEqual([]);
  });

  it('lists findings against, and missing typical findings by probability', () => {
    const against = caudaEquina.against.find((c) => c.findingId === 'saddle-anaesthesia')!;
    expect(against.state).toBe('absent');
    expect(against.weight).toBeCloseTo(w('saddle-anaesthesia', 'cauda-equina-syndrome', 'absent'), 12);
    expect(caudaEquina.missingTypical.map((f) => [f.findingId, f.probability])).toEqual([
      ['mri-cauda-equina-compression', 0.98],
      ['urinary-retention', 0.7],
      ['bilateral-leg-weakness', 0.5],
    ]);
    expect(disc.missingTypical).toEqual([]);
  });

  it('counts a finding the cause does not list at its leak, so it argues against the cause', () => {
    const limb = ranked.find((c) => c.id === 'acute-limb-ischaemia')!;
    const slr = limb.against.find((c) => c.findingId === 'slr-positive')!;
    expect(isListed(explainIndex.findingById.get('slr-positive')!, explainIndex.causeById.get('acute-limb-ischaemia')!.position)).toBe(false);
    expect(slr.weight).toBeCloseTo(w('slr-positive', 'acute-limb-ischaemia', 'present'), 12);
    expect(slr.weight).toBeLessThan(0);
  });
});
