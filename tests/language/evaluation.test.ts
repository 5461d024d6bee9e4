// Holds the language figures on the evaluation set (tests/fixtures/language) at or above the
// issue's goals. `npm run eval:language -- --verbose` shows every miss.
import { describe, expect, it } from 'vitest';
import { evaluateLanguage } from './evaluate';

const report = evaluateLanguage();

describe('language evaluation set', () => {
  it('is the size the issue asks for', () => {
    expect(report.phrases).toBeGreaterThanOrEqual(200);
    expect(report.notes).toBeGreaterThanOrEqual(40);
  });

  it('phrases: top-1 at least 90 %', () => {
    expect(report.phraseTop1).toBeGreaterThanOrEqual(0.9);
  });

  it('notes: recall at least 85 %, precision at least 90 %', () => {
    expect(report.recall).toBeGreaterThanOrEqual(0.85);
    expect(report.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('no negation errors', () => {
    expect(report.negationErrors).toEqual([]);
  });

  it('age and sex at least 95 %', () => {
    expect(report.ageSexAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});
