import { describe, expect, it } from 'vitest';
import { findCaseInputProblems } from '../../lib/engine/case-input';
import { computeDifferential } from '../../lib/engine/differential';
import type { CaseInput } from '../../lib/engine/types';
import { fixtureCatalog, fixtureIndex } from './fixture';

describe('computeDifferential', () => {
  it('gives the prior differential on an empty input without throwing', () => {
    const result = computeDifferential(fixtureIndex, { present: [], absent: [] });
    expect(result.catalogVersion).toBe('fixture-1');
    expect(result.causes).toHaveLength(fixtureCatalog.causes.length);
    expect(result.alerts).toEqual([]);
    expect(result.cantMiss).toEqual([]);
    expect(result.nextFindings.length).toBeGreaterThan(0);
    expect(result.workup.length).toBeGreaterThan(0);
  });

  it('composes alerts, can\'t-miss, next findings (at most 10) and workup for one case', () => {
    const input: CaseInput = { present: ['saddle-anaesthesia', 'radiating-leg-pain'], absent: ['diabetes'], age: 42, sex: 'male' };
    const result = computeDifferential(fixtureIndex, input);
    expect(result.alerts.map((a) => a.ruleId)).toEqual(['cauda-equina-red-flags']);
    expect(result.cantMiss[0]?.id).toBe('cauda-equina-syndrome');
    expect(result.nextFindings.length).toBeLessThanOrEqual(10);
    expect(result.nextFindings.map((f) => f.findingId)).not.toContain('saddle-anaesthesia');
    expect(result.workup.find((e) => e.testId === 'mri-lumbar-spine')?.helpsWith).toContain('cauda-equina-syndrome');
  });

  it('passes options through', () => {
    const result = computeDifferential(fixtureIndex, { present: [], absent: [] }, { nextFindingsLimit: 2, nextFindingKinds: ['imaging'] });
    expect(result.nextFindings.map((f) => f.findingId)).toEqual(['mri-cauda-equina-compression']);
  });

  it.each<[string, CaseInput, RegExp]>([
    ['an unknown present id', { present: ['no-such-finding'], absent: [] }, /unknown finding id "no-such-finding" \(present\)/],
    ['an unknown absent id', { present: [], absent: ['nope'] }, /unknown finding id "nope" \(absent\)/],
    ['a repeated id', { present: ['diabetes', 'diabetes'], absent: [] }, /"diabetes" is entered twice as present/],
    ['a contradiction', { present: ['diabetes'], absent: ['diabetes'] }, /"diabetes" is entered as both present and absent/],
  ])('throws a clear error on %s', (_, input, message) => {
    expect(() => computeDifferential(fixtureIndex, input)).toThrow(message);
  });

  it('exposes the same precondition as a list of problems for the API', () => {
    expect(findCaseInputProblems(fixtureIndex, { present: ['diabetes'], absent: [] })).toEqual([]);
    expect(findCaseInputProblems(fixtureIndex, { present: ['x', 'diabetes'], absent: ['diabetes'] })).toEqual([
      'unknown finding id "x" (present)',
      'finding "diabetes" is entered as both present and absent',
    ]);
  });
});
