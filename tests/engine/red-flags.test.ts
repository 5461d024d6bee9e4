import { describe, expect, it } from 'vitest';
import { listCantMiss } from '../../lib/engine/cant-miss';
import { computeDifferential } from '../../lib/engine/differential';
import { CANT_MISS_MIN_PROBABILITY } from '../../lib/engine/parameters';
import { buildEngineIndex } from '../../lib/engine/engine-index';
import { evaluateRedFlags } from '../../lib/engine/red-flags';
import { rankCauses } from '../../lib/engine/score';
import type { CaseInput } from '../../lib/engine/types';
import { fixtureCatalog, fixtureIndex } from './fixture';

const everyGroup = fixtureCatalog.rules.flatMap((rule) => rule.triggers.map((group, i) => [rule.id, i, group] as const));

describe('evaluateRedFlags', () => {
  it.each(everyGroup)('rule %s fires on trigger group %i alone and alongside other findings', (ruleId, _, group) => {
    for (const present of [[...group], ['diabetes', ...group, 'slr-positive']]) {
      const alert = evaluateRedFlags(fixtureIndex, present).find((a) => a.ruleId === ruleId);
      expect(alert?.findingIds).toEqual(group);
      // The result layer must not be able to hide it: the full differential carries it too.
      const result = computeDifferential(fixtureIndex, { present, absent: [] });
      expect(result.alerts.map((a) => a.ruleId)).toContain(ruleId);
      for (const causeId of alert!.causeIds) expect(result.cantMiss.map((c) => c.id)).toContain(causeId);
    }
  });

  it.each(everyGroup.filter(([, , group]) => group.length > 1))('rule %s does not fire on part of group %i', (ruleId, _, group) => {
    const alerts = evaluateRedFlags(fixtureIndex, group.slice(1));
    expect(alerts.map((a) => a.ruleId)).not.toContain(ruleId);
  });

  it('reports emergency before urgent and unions the satisfied groups', () => {
    const alerts = evaluateRedFlags(fixtureIndex, [
      'rapidly-ascending-weakness', 'areflexia-generalised', 'bilateral-leg-weakness', 'urinary-retention', 'radiating-leg-pain',
    ]);
    expect(alerts.map((a) => [a.ruleId, a.level])).toEqual([
      ['cauda-equina-red-flags', 'emergency'],
      ['rapidly-progressive-weakness', 'urgent'],
    ]);
    expect(alerts[1]!.findingIds).toEqual(['rapidly-ascending-weakness', 'areflexia-generalised', 'bilateral-leg-weakness']);
    expect(alerts[0]).toMatchObject({ findingIds: ['urinary-retention', 'radiating-leg-pain'], causeIds: ['cauda-equina-syndrome'] });
  });

  it('fires nothing on no findings, and throws on an unknown id', () => {
    expect(evaluateRedFlags(fixtureIndex, [])).toEqual([]);
    expect(() => evaluateRedFlags(fixtureIndex, ['no-such-finding'])).toThrow(/Unknown finding id "no-such-finding"/);
  });
});

describe('listCantMiss', () => {
  // Saddle anaesthesia in an 85-year-old with every feature of diabetic neuropathy and none of cauda equina.
  const unlikelyCaudaEquina: CaseInput = {
    present: ['saddle-anaesthesia', 'diabetes', 'numbness-feet-bilateral', 'ankle-reflex-absent-bilateral', 'hba1c-diabetic'],
    absent: ['urinary-retention', 'radiating-leg-pain', 'slr-positive', 'bilateral-leg-weakness'],
    age: 85,
  };

  it('keeps an emergency cause named by a fired alert even when its posterior is tiny', () => {
    const result = computeDifferential(fixtureIndex, unlikelyCaudaEquina);
    const ces = result.causes.find((c) => c.id === 'cauda-equina-syndrome')!;
    expect(ces.probability).toBeLessThan(CANT_MISS_MIN_PROBABILITY);
    expect(result.cantMiss.find((c) => c.id === 'cauda-equina-syndrome')).toEqual({
      id: 'cauda-equina-syndrome',
      name: 'Cauda equina syndrome',
      urgency: 'emergency',
      probability: ces.probability,
      alertIds: ['cauda-equina-red-flags'],
      openRuleIds: [],
    });
  });

  it('lists supported dangerous causes above the threshold, emergency first, and drops unsupported ones', () => {
    const input: CaseInput = { present: ['onset-sudden', 'recent-infection', 'areflexia-generalised'], absent: [] };
    const ranked = rankCauses(fixtureIndex, input);
    const listed = listCantMiss(ranked, []);
    expect(listed.map((c) => c.id)).toEqual(['acute-limb-ischaemia', 'guillain-barre-syndrome']);
    expect(listed.every((c) => c.alertIds.length === 0)).toBe(true);
    expect(listCantMiss(rankCauses(fixtureIndex, { present: [], absent: [] }), [])).toEqual([]);
  });

  it('never lists a routine cause on probability alone', () => {
    const ranked = rankCauses(fixtureIndex, { present: ['radiating-leg-pain', 'slr-positive'], absent: [] });
    expect(listCantMiss(ranked, []).map((c) => c.id)).toEqual(['cauda-equina-syndrome']);
  });
});

describe('evaluateRedFlags: superseded urgent alerts', () => {
  const rule = (id: string, level: 'emergency' | 'urgent', triggers: string[][], causeIds: string[]) => ({
    id, name: id, level, message: id, action: `${id} action`, triggers, causeIds,
  });
  const index = buildEngineIndex({
    ...fixtureCatalog,
    rules: [
      rule('mets-pain', 'urgent', [['radiating-leg-pain']], ['cauda-equina-syndrome']),
      rule('mets-deficit', 'emergency', [['radiating-leg-pain', 'bilateral-leg-weakness']], ['cauda-equina-syndrome']),
      rule('weakness', 'urgent', [['bilateral-leg-weakness']], ['cauda-equina-syndrome', 'guillain-barre-syndrome']),
    ],
  });

  it.each([
    ['the urgent alert alone when no emergency fires', ['radiating-leg-pain'], ['mets-pain']],
    ['the emergency without the slower urgent alert for the same cause', ['radiating-leg-pain', 'bilateral-leg-weakness'], ['mets-deficit', 'weakness']],
    ['an urgent alert naming another cause too stays', ['bilateral-leg-weakness'], ['weakness']],
  ])('%s', (_name, present, expected) => {
    expect(evaluateRedFlags(index, present).map((a) => a.ruleId)).toEqual(expected);
  });
});
