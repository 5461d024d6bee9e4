import { describe, expect, it } from 'vitest';
import { describeChange } from '@/lib/workspace/case-change';
import { stableOrder, type CaseState } from '@/lib/workspace/case-state';

const labelOf = (id: string) => ({ saddle: 'Saddle anaesthesia', lbp: 'Low back pain', ret: 'Urinary retention' })[id] ?? id;
const base: CaseState = { present: ['saddle'], absent: [], legs: [] };

describe('describeChange', () => {
  it.each<[string, CaseState, CaseState, string]>([
    ['a finding added as present', base, { ...base, present: ['saddle', 'lbp'] }, 'Low back pain added as present'],
    ['a finding added as absent', base, { ...base, absent: ['ret'] }, 'Urinary retention added as absent'],
    ['a finding switched', base, { ...base, present: [], absent: ['saddle'] }, 'Saddle anaesthesia changed to absent'],
    ['a finding removed', base, { ...base, present: [] }, 'Saddle anaesthesia removed'],
    ['the age', base, { ...base, age: 45 }, 'Age 45'],
    ['the sex cleared', { ...base, sex: 'male' }, base, 'Sex cleared'],
    ['only the picture', base, { ...base, legs: ['l5-left'] }, 'Leg picture changed'],
    ['nothing', base, { ...base }, ''],
  ])('%s', (_name, before, after, expected) => {
    expect(describeChange(before, after, labelOf)).toBe(expected);
  });

  it('summarises a large change (an example case opened)', () => {
    const after: CaseState = { present: ['lbp', 'ret', 'a', 'b'], absent: [], legs: [], age: 45 };
    expect(describeChange(base, after, labelOf)).toMatch(/and 3 more changes$/);
  });
});

describe('stableOrder', () => {
  it('keeps a switched finding in its place and appends new ones', () => {
    expect(stableOrder(['a', 'b', 'c'], ['a', 'c', 'b', 'd'])).toEqual(['a', 'b', 'c', 'd']);
  });
  it('drops removed ids', () => {
    expect(stableOrder(['a', 'b', 'c'], ['c', 'a'])).toEqual(['a', 'c']);
  });
});
