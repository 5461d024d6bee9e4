import { describe, expect, it } from 'vitest';
import { caseFromUrlSearch, caseUrl, differentialQuery } from '@/lib/workspace/case-query';
import { caseAsText } from '@/lib/workspace/case-text';
import type { CaseState } from '@/lib/workspace/case-state';
import { readCaseParams } from '../../lib/case-url';
import { zDifferentialInput } from '../../lib/schemas/api';

const CASE: CaseState = { present: ['back-pain', 'l5-sensory-loss'], absent: ['fever'], age: 45, sex: 'female', legs: ['l5-left'] };

describe('the case in the URL', () => {
  it('writes readable links and reads them back', () => {
    const url = caseUrl(CASE);
    expect(url).toBe('/?present=back-pain,l5-sensory-loss&absent=fever&age=45&sex=female&legs=l5-left');
    expect(caseFromUrlSearch(url.slice(1))).toEqual(CASE);
    expect(caseUrl({ present: [], absent: [], legs: [] })).toBe('/');
  });

  it('writes what the API schema parses to the same case (the server reads links with it)', () => {
    const parsed = zDifferentialInput.safeParse(readCaseParams(new URLSearchParams(caseUrl(CASE).slice(2))));
    expect(parsed.success && parsed.data).toMatchObject({ present: CASE.present, absent: CASE.absent, age: 45, sex: 'female' });
    expect(differentialQuery(CASE, 20)).toBe('present=back-pain,l5-sensory-loss&absent=fever&age=45&sex=female&limit=20');
  });

  it('reads a repeated id once', () => {
    expect(caseFromUrlSearch('?present=back-pain,back-pain&present=back-pain&absent=fever,fever')).toMatchObject({ present: ['back-pain'], absent: ['fever'] });
  });

  it('drops marks that are unknown or whose finding is not present', () => {
    expect(caseFromUrlSearch('?present=back-pain&legs=l5-left,knee-left').legs).toEqual([]);
    expect(caseFromUrlSearch('?present=l5-sensory-loss&legs=l5-left,knee-left').legs).toEqual(['l5-left']);
  });
});

describe('caseAsText', () => {
  it('gives a dated summary with findings, red flags, the ranking and the disclaimer', () => {
    const text = caseAsText({
      state: CASE,
      result: {
        catalogVersion: 'v1',
        setting: 'primary_care',
        totalCauses: 2,
        implied: [],
        causes: [
          { id: 'lumbar-disc-herniation', name: 'Lumbar disc herniation', icd10: [], urgency: 'urgent', cantMiss: false, probability: 0.62, logPrior: 0, supporting: [], against: [], missingTypical: [] },
        ],
        cantMiss: [],
        emergencyPrompts: [],
        treatmentCautions: [],
        alerts: [{ ruleId: 'x', name: 'Possible cauda equina', level: 'emergency', message: 'Saddle numbness.', action: 'Emergency MRI.', findingIds: [], causeIds: [] }],
        nextFindings: [],
        workup: [],
      },
      labelOf: (id) => id.toUpperCase(),
      causeName: (id) => id,
      date: '2026-11-29',
      link: 'https://example.org/?present=back-pain',
    });
    expect(text.split('\n').slice(0, 4)).toEqual([
      'NumbDx differential for lower-limb numbness (2026-11-29)',
      'Patient: 45 years, female',
      'Present: BACK-PAIN; L5-SENSORY-LOSS',
      'Absent: FEVER',
    ]);
    expect(text).toContain('Leg picture: L5 dermatome (left)');
    expect(text).toContain('RED FLAG (EMERGENCY): Possible cauda equina. Saddle numbness.\nAction: Emergency MRI.');
    expect(text).toContain('1. Lumbar disc herniation 62% (urgent)');
    expect(text).toMatch(/not a diagnosis/);
  });
});
