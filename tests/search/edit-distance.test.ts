import { describe, expect, it } from 'vitest';
import { prefixEditDistance, typoBudget } from '../../lib/search/edit-distance';

describe('prefixEditDistance', () => {
  it.each<[string, string, number, number]>([
    ['ankle', 'ankle', 1, 0],
    ['ankel', 'ankle', 1, 1], // transposition is one edit
    ['nunbness', 'numbness', 2, 1],
    ['anestesia', 'anaesthesia', 2, 2],
    ['vibar', 'vibration', 1, 1], // typo in the part typed so far
    ['refl', 'reflexes', 1, 0], // a plain prefix costs nothing
    ['nmbnss', 'numbness', 1, 2], // beyond the bound: max + 1
    ['feet', 'sole', 1, 2],
    ['abcdefgh', 'ab', 2, 3], // the word is too short to be within reach
  ])('"%s" against "%s" (max %d) → %d', (query, word, max, expected) => {
    expect(prefixEditDistance(query, word, max)).toBe(expected);
  });

  it('handles words longer than its reusable buffers', () => {
    const long = 'a'.repeat(200);
    expect(prefixEditDistance(long, long, 2)).toBe(0);
  });
});

describe('typoBudget', () => {
  it.each([[3, 0], [4, 1], [7, 1], [8, 2], [20, 2]])('%d letters → %d', (length, budget) => {
    expect(typoBudget(length)).toBe(budget);
  });
});
