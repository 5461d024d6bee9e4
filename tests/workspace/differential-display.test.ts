import { describe, expect, it } from 'vitest';
import type { RankedCause } from '@/lib/engine/score';
import { barWidth, sameCauseDisplay } from '@/lib/workspace/differential-display';

const cause: RankedCause = {
  id: 'lumbar-radiculopathy',
  name: 'Lumbar radiculopathy',
  icd10: ['M54.16'],
  urgency: 'routine',
  cantMiss: false,
  probability: 0.4213,
  logPrior: Math.log(0.08),
  supporting: [{ findingId: 'slr-positive', label: 'Straight-leg raise positive', state: 'present', weight: 1.2 }],
  against: [{ findingId: 'fever', label: 'Fever', state: 'absent', weight: -0.1 }],
  missingTypical: [{ findingId: 'l5-weakness', label: 'L5 weakness', probability: 0.6 }],
};

describe('barWidth', () => {
  it.each([
    [0, 1],
    [0.004, 1],
    [0.42134, 42.1],
    [0.42136, 42.1],
    [0.99999, 100],
    [1.2, 100],
  ])('%s → %s %%', (probability, width) => expect(barWidth(probability)).toBe(width));
});

describe('sameCauseDisplay', () => {
  it.each<[string, Partial<RankedCause>, boolean]>([
    ['a fresh copy', {}, true],
    ['a posterior that moved below what is printed and drawn', { probability: 0.42131 }, true],
    ['a posterior whose bar moves, its percentage not', { probability: 0.4233 }, false],
    ['a posterior whose percentage changes', { probability: 0.436 }, false],
    ['another name', { name: 'Sciatica' }, false],
    ['another urgency', { urgency: 'urgent' }, false],
    ['another code', { icd10: ['M54.17'] }, false],
    ['a prior printed differently', { logPrior: Math.log(0.2) }, false],
    ['a weight that moved below two decimals', { supporting: [{ findingId: 'slr-positive', label: 'Straight-leg raise positive', state: 'present', weight: 1.2001 }] }, true],
    ['a weight printed differently', { supporting: [{ findingId: 'slr-positive', label: 'Straight-leg raise positive', state: 'present', weight: 1.3 }] }, false],
    ['a finding switched to against', { supporting: [], against: [...cause.against, { findingId: 'slr-positive', label: 'Straight-leg raise positive', state: 'absent', weight: -0.5 }] }, false],
    ['another missing typical finding', { missingTypical: [{ findingId: 'foot-drop', label: 'Foot drop', probability: 0.6 }] }, false],
  ])('%s: %s', (_, change, same) => {
    expect(sameCauseDisplay(cause, { ...structuredClone(cause), ...change })).toBe(same);
  });
});
