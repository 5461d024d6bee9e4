import { describe, expect, it } from 'vitest';
import { ageSexOf } from '../../lib/language/demographics';

describe('ageSexOf', () => {
  it.each<[string, { age?: number; sex?: 'female' | 'male' }]>([
    ['58 yo man with numb feet', { age: 58, sex: 'male' }],
    ['45F, back pain', { age: 45, sex: 'female' }],
    ['A 26-year-old woman presented', { age: 26, sex: 'female' }],
    ['M 67, foot drop', { age: 67, sex: 'male' }],
    ['35 yo M', { age: 35, sex: 'male' }],
    ['68 M. Known prostate cancer', { age: 68, sex: 'male' }],
    ['aged 70, lives alone; she reports', { age: 70, sex: 'female' }],
    ["I'm 60 and my feet burn", { age: 60 }],
    ['Mrs Jones, 81', { sex: 'female' }],
    ['Her aunt has MS', { sex: 'female' }],
    ['T2DM for 12 yrs, numb feet', {}],
    ['walked 200 m', {}],
  ])('"%s"', (text, expected) => {
    expect(ageSexOf(text)).toEqual(expected);
  });
});
