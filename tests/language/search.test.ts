// The ranked search on the real catalog and lexicon: the examples, order, steering
// words, typos that never drift, and "nearest" when nothing matches well.
import { describe, expect, it } from 'vitest';
import { rankFindings } from '../../lib/language/search';
import { catalogLanguageIndex } from './evaluate';

const index = catalogLanguageIndex();
const ids = (q: string, n = 3) => rankFindings(index, q, n).hits.map((h) => h.finding.id);

describe('rankFindings: everyday phrases reach a finding', () => {
  it.each<[string, string]>([
    ['tingling both feet', 'tingling-paraesthesia'],
    ['severe low back pain', 'back-pain'],
    ['elevated HbA1c', 'hba1c-above-9'],
    ['diabetic retinopathy', 'diabetic-retinopathy'], // implies diabetes
    ['saddle anaes', 'saddle-anaesthesia'], // the last word still being typed
    ['reduced perianal sensation', 'perianal-sensory-loss'],
    ['hesitancy passing urine', 'urinary-retention'],
    ['brisk knee reflexes', 'hyperreflexia-legs'],
    ['bladder symptoms', 'bladder-dysfunction'],
    ['positive Romberg sign', 'romberg-positive'],
    ['pins and needles', 'tingling-paraesthesia'],
    ["can't feel the toilet paper when wiping", 'saddle-anaesthesia'],
    ['T2DM', 'diabetes'],
    ['IVDU', 'iv-drug-use'],
    ['NCS axonal', 'ncs-axonal-length-dependent'],
  ])('"%s" → %s first', (q, id) => {
    expect(ids(q)[0]).toBe(id);
  });

  it('"burning feet at night" offers burning feet among the first two', () => {
    expect(ids('burning feet at night', 2)).toContain('burning-pain-feet');
  });
});

describe('rankFindings: order and steering', () => {
  it('"back pain" puts low back pain before "back pain better with exercise"', () => {
    const order = ids('back pain', 20);
    expect(order[0]).toBe('back-pain');
    expect(order.indexOf('back-pain')).toBeLessThan(order.indexOf('inflammatory-back-pain'));
  });

  it.each<[string, string, string]>([
    ['left ankle jerk absent', 'ankle-reflex-reduced-unilateral', 'ankle-reflex-absent-bilateral'],
    ['absent ankle jerks both sides', 'ankle-reflex-absent-bilateral', 'ankle-reflex-reduced-unilateral'],
    ['upper back pain', 'thoracic-back-pain', 'back-pain'],
    ['lower back pain', 'back-pain', 'thoracic-back-pain'],
    ['weakness of one leg', 'leg-weakness', 'bilateral-leg-weakness'],
    ['both legs weak', 'bilateral-leg-weakness', 'leg-weakness'],
  ])('"%s" ranks %s above %s', (q, first, second) => {
    const order = ids(q, 30);
    expect(order.indexOf(first)).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(second) === -1 || order.indexOf(first) < order.indexOf(second)).toBe(true);
  });

  it('ignores filler, severity, duration and unitless numbers', () => {
    expect(ids('patient has severe numbness in both feet for 3 months')[0]).toBe('numbness-feet-bilateral');
  });

  it('reads a value and says which state it implies', () => {
    expect(rankFindings(index, 'B12 140 ng/L', 3).hits[0]).toMatchObject({ finding: { id: 'b12-low' }, tier: 'value', state: 'present' });
    expect(rankFindings(index, 'HbA1c 5.1 %', 3).hits[0]).toMatchObject({ tier: 'value', state: 'absent' });
  });
});

describe('rankFindings: the state the words imply', () => {
  it.each<[string, string, 'present' | 'absent']>([
    ['no back pain', 'back-pain', 'absent'],
    ['SLR negative', 'slr-positive', 'absent'],
    ['pedal pulses present', 'absent-foot-pulses', 'absent'],
    ['absent ankle jerks', 'ankle-reflex-absent-bilateral', 'present'],
    ['HbA1c 39', 'hba1c-diabetic', 'absent'],
  ])('"%s" → %s %s', (q, id, state) => {
    const hit = rankFindings(index, q, 5).hits.find((h) => h.finding.id === id);
    expect(hit?.state).toBe(state);
  });
});

describe('rankFindings: typos', () => {
  it.each([
    ['urinary retenton', 'urinary-retention'],
    ['perianl sensation', 'perianal-sensory-loss'],
    ['vibartion', 'vibration-loss-toes'],
  ])('"%s" → %s', (q, id) => {
    expect(ids(q)[0]).toBe(id);
  });

  it('never turns a known word into another ("perianal" does not offer a history of autoimmunity)', () => {
    expect(ids('perianal', 10)).not.toContain('autoimmune-history');
  });
});

describe('rankFindings: nothing good', () => {
  it('says so and marks the nearest findings', () => {
    const result = rankFindings(index, 'numb toes after kayaking', 5);
    expect(result.nearestOnly).toBe(true);
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits.every((h) => h.tier === 'nearest')).toBe(true);
  });

  it('gives nothing for words the catalog does not know', () => {
    expect(rankFindings(index, 'xylophone quartet', 5)).toEqual({ hits: [], nearestOnly: false });
  });

  it('respects the limit', () => {
    expect(rankFindings(index, 'pain', 4).hits).toHaveLength(4);
    expect(rankFindings(index, 'pain', 0).hits).toEqual([]);
  });
});
