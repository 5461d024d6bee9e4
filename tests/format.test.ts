// One formatter per number the clinician reads: the same LR shows the same digits on every page.
import { describe, expect, it } from 'vitest';
import { formatLikelihoodRatio, formatProbability, formatRatio, formatWeight, humaniseId } from '@/lib/format';

describe('formatRatio', () => {
  it.each([
    [25, '25'],
    [10, '10'],
    [9.96, '10.0'],
    [3.24, '3.2'],
    [1, '1.0'],
    [0.25, '0.25'],
    [0.333, '0.33'],
    [0.004, '0.00'],
  ])('%s → %s', (lr, text) => {
    expect(formatRatio(lr)).toBe(text);
  });

  it('is what formatLikelihoodRatio prints for the weight ln LR', () => {
    expect(formatLikelihoodRatio(Math.log(0.25))).toBe('LR 0.25');
    expect(formatLikelihoodRatio(Math.log(12))).toBe('LR 12');
  });
});

describe('formatProbability', () => {
  it.each([
    [0, '<1%'],
    [0.004, '<1%'],
    [0.005, '1%'],
    [0.124, '12%'],
    [0.994, '99%'],
    [0.995, '>99%'],
    [0.996, '>99%'],
  ])('%s → %s', (p, text) => {
    expect(formatProbability(p)).toBe(text);
  });
});

it('formats weights with a sign and ids as words', () => {
  expect(formatWeight(1.2)).toBe('+1.20');
  expect(formatWeight(-0.854)).toBe('−0.85');
  expect(humaniseId('saddle-anaesthesia')).toBe('saddle anaesthesia');
});
