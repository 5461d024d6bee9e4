import { describe, expect, it } from 'vitest';
import { effectiveAbsent, listCantMiss, openRedFlagRules, type CantMissContext } from '../../lib/engine/cant-miss';
import { computeDifferential } from '../../lib/engine/differential';
import { buildEngineIndex } from '../../lib/engine/engine-index';
import { CANT_MISS_MIN_PROBABILITY } from '../../lib/engine/parameters';
import type { EngineRedFlagRule } from '../../lib/engine/types';
import { cause, finding, smallCatalog } from './fixture';

// An early cauda equina syndrome that its late signs, recorded absent, push far down the ranking.
const rule = (id: string, triggers: string[][], causeIds: string[], level: EngineRedFlagRule['level'] = 'emergency'): EngineRedFlagRule => ({
  id, name: id, level, message: id, action: id, triggers, causeIds,
});
const rules = [
  rule('ces', [['saddle-anaesthesia'], ['urinary-retention'], ['incontinence', 'back-pain'], ['bilateral-sciatica']], ['ces']),
  rule('paraparesis', [['bilateral-leg-weakness', 'onset-acute']], ['ces', 'gbs']),
  rule('urgent-rule', [['incontinence', 'radiating-leg-pain']], ['urgent-only'], 'urgent'),
];
const index = buildEngineIndex(
  smallCatalog({
    findings: [
      finding('back-pain', 'symptom', 0.4), finding('radiating-leg-pain', 'symptom', 0.35), finding('saddle-anaesthesia', 'symptom', 0.01),
      finding('urinary-retention', 'symptom', 0.01), finding('incontinence', 'symptom', 0.02), finding('bilateral-sciatica', 'symptom', 0.04),
      finding('bilateral-leg-weakness', 'symptom', 0.06), finding('onset-acute', 'symptom', 0.25), finding('onset-chronic', 'symptom', 0.5),
      finding('numbness-feet-bilateral', 'symptom', 0.4),
    ],
    causes: [
      cause('disc', { 'back-pain': 0.9, 'radiating-leg-pain': 0.9, 'saddle-anaesthesia': 0.005, 'urinary-retention': 0.005 }, { prevalenceTier: 'very_common' }),
      // Late signs near-certain in this toy CES, so recording them absent sinks it below the threshold.
      cause('ces', { 'back-pain': 0.9, 'radiating-leg-pain': 0.85, 'saddle-anaesthesia': 0.98, 'urinary-retention': 0.98, incontinence: 0.4 },
        { urgency: 'emergency', cantMiss: true, prevalenceTier: 'very_rare' }),
      cause('gbs', { 'bilateral-leg-weakness': 0.9, 'onset-acute': 0.9 }, { urgency: 'emergency', cantMiss: true, prevalenceTier: 'very_rare' }),
      cause('urgent-only', { 'radiating-leg-pain': 0.6, 'back-pain': 0.002 }, { urgency: 'urgent', prevalenceTier: 'very_rare' }),
      cause('neuropathy', { 'numbness-feet-bilateral': 0.9 }, { prevalenceTier: 'very_common' }),
    ],
    rules,
  }),
);
const ctx = (present: string[], absent: string[] = []): CantMissContext => ({ rules, present, absent });
const listed = (present: string[], absent: string[] = []) =>
  computeDifferential(index, { present, absent }).cantMiss.map((c) => [c.id, c.openRuleIds] as const);

describe('openRedFlagRules', () => {
  it.each([
    ['half of a two-finding group present', ['back-pain'], [], { ces: ['ces'] }],
    ['a group member recorded absent closes the group', ['back-pain'], ['incontinence'], {}],
    ['an urgent rule is open too', ['radiating-leg-pain'], [], { 'urgent-only': ['urgent-rule'] }],
    ['a fired rule is an alert, not an open presentation', ['bilateral-sciatica'], [], {}],
    ['one finding opens every rule that has it', ['bilateral-leg-weakness'], [], { ces: ['paraparesis'], gbs: ['paraparesis'] }],
    ['a present onset closes the other onsets', ['bilateral-leg-weakness', 'onset-chronic'], [], {}],
  ] as const)('%s', (_name, present, absent, expected) => {
    expect(Object.fromEntries(openRedFlagRules(ctx([...present], [...absent])))).toEqual(expected);
  });

  it('needs at least half of a group present', () => {
    const three = [rule('three', [['a', 'b', 'c']], ['x'])];
    expect(openRedFlagRules({ rules: three, present: ['a'], absent: [] }).size).toBe(0);
    expect(Object.fromEntries(openRedFlagRules({ rules: three, present: ['a', 'b'], absent: [] }))).toEqual({ x: ['three'] });
  });

  it('leaves a group that waits only for an always-established exposure closed (unrecorded counts as absent)', () => {
    const exposure = [rule('dive', [['recent-dive', 'numbness-both-legs']], ['dcs']), rule('injury', [['recent-trauma', 'leg-weakness']], ['tsi'])];
    expect(openRedFlagRules({ rules: exposure, present: ['numbness-both-legs', 'leg-weakness'], absent: [] }).size).toBe(0);
    // The same shape of group without an exposure stays open.
    const plain = [rule('plain', [['back-pain', 'numbness-both-legs']], ['x'])];
    expect(Object.fromEntries(openRedFlagRules({ rules: plain, present: ['numbness-both-legs'], absent: [] }))).toEqual({ x: ['plain'] });
  });

  it('treats a present member of an exclusive set as ruling out the others', () => {
    expect([...effectiveAbsent(['onset-chronic'], ['fever'])].sort()).toEqual(['fever', 'onset-acute', 'onset-subacute', 'onset-sudden']);
    expect([...effectiveAbsent([], ['fever'])]).toEqual(['fever']);
  });
});

describe('listCantMiss with open red-flag presentations', () => {
  const lateSignsAbsent = ['saddle-anaesthesia', 'urinary-retention'];

  it('keeps early cauda equina listed when its late signs are recorded absent, below the posterior threshold', () => {
    const result = computeDifferential(index, { present: ['back-pain', 'radiating-leg-pain'], absent: lateSignsAbsent });
    const ces = result.causes.find((c) => c.id === 'ces')!;
    expect(ces.probability).toBeLessThan(CANT_MISS_MIN_PROBABILITY);
    expect(result.cantMiss.find((c) => c.id === 'ces')).toMatchObject({ alertIds: [], openRuleIds: ['ces'] });
  });

  it.each([
    ['open presentation: listed whatever the negatives', ['back-pain', 'radiating-leg-pain'], lateSignsAbsent, [['ces', ['ces']]]],
    ['every presentation closed: the threshold applies again', ['back-pain', 'radiating-leg-pain'], [...lateSignsAbsent, 'incontinence', 'bilateral-sciatica'], []],
    ['open but unsupported by any present finding: not listed (cauda equina for weak legs)', ['bilateral-leg-weakness'], [], [['gbs', ['paraparesis']]]],
    ['a present chronic onset closes the acute presentation (listed on its posterior only)', ['bilateral-leg-weakness', 'onset-chronic'], [], [['gbs', []]]],
    ['an urgent cause that is not can\'t-miss gets no open-presentation pass', ['back-pain', 'radiating-leg-pain'], lateSignsAbsent, [['ces', ['ces']]]],
  ] as const)('%s', (_name, present, absent, expected) => {
    const got = listed([...present], [...absent]);
    expect(got).toEqual(expected.map(([id, open]) => [id, [...open]]));
  });

  it('adding pertinent negatives never removes a cause while one of its presentations stays open', () => {
    const present = ['back-pain', 'radiating-leg-pain'];
    for (const extra of [[], ['saddle-anaesthesia'], lateSignsAbsent, [...lateSignsAbsent, 'bilateral-sciatica']]) {
      expect(listed(present, extra).map(([id]) => id)).toContain('ces');
    }
  });

  it('without a context it behaves as before: alerts and the posterior threshold only', () => {
    const result = computeDifferential(index, { present: ['back-pain', 'radiating-leg-pain'], absent: lateSignsAbsent });
    expect(listCantMiss(result.causes, result.alerts).map((c) => c.id)).not.toContain('ces');
  });
});
