// The workup by urgency in the copied note and the print view: one grouping (groupWorkup), the
// same headings as the workspace panel, red-flag-named tests first.
import { describe, expect, it } from 'vitest';
import { caseAsText } from '@/lib/workspace/case-text';
import type { CaseState } from '@/lib/workspace/case-state';
import { WORKUP_GROUPS, groupWorkup, type WorkupEntry } from '@/lib/workspace/workup-groups';
import type { DifferentialResponse } from '@/lib/catalog';

function test(testId: string, timing: WorkupEntry['timing'], extra: Partial<WorkupEntry> = {}): WorkupEntry {
  return {
    testId, name: testId.toUpperCase(), kind: 'lab', codes: [], priority: 1, score: 1, separation: 1,
    helpsWith: ['cauda-equina-syndrome'], forAlert: false, timing, role: 'first_line', named: false, mention: -1, ...extra,
  };
}

// Deliberately out of order: outpatient first, the named MRI after an unnamed "now" test.
const WORKUP: WorkupEntry[] = [
  test('spep', 'outpatient', { role: 'if_indicated', helpsWith: ['paraproteinaemic-neuropathy'] }),
  test('bladder-scan', 'now'),
  test('mri-lumbosacral', 'now', { kind: 'imaging', named: true, mention: 3 }),
  test('crp', 'today', { role: 'confirmatory' }),
  test('pregnancy-test', 'now'),
];

const CASE: CaseState = { present: ['saddle-anaesthesia'], absent: [], age: 52, sex: 'male', legs: [] };

function result(workup: WorkupEntry[]): DifferentialResponse {
  return {
    catalogVersion: 'v1', setting: 'emergency', totalCauses: 1, implied: [], causes: [], cantMiss: [], emergencyPrompts: [],
    treatmentCautions: [], alerts: [], nextFindings: [], workup,
  } as DifferentialResponse;
}

describe('groupWorkup', () => {
  it('groups by urgency in reading order, named tests first, and drops the pregnancy test for a man', () => {
    const groups = groupWorkup(WORKUP, { sex: 'male' });
    expect(groups.map((g) => g.title)).toEqual(['Now (minutes)', 'Today', 'Outpatient']);
    expect(groups.map((g) => g.tests.map((t) => t.testId))).toEqual([['mri-lumbosacral', 'bladder-scan'], ['crp'], ['spep']]);
    expect(groupWorkup(WORKUP, { sex: 'female' })[0]!.tests.map((t) => t.testId)).toContain('pregnancy-test');
  });

  it('keeps the most urgent tests when cut short, and leaves out empty groups', () => {
    expect(groupWorkup(WORKUP, { sex: 'male', limit: 3 }).map((g) => [g.timing, g.tests.length])).toEqual([['now', 2], ['today', 1]]);
    expect(groupWorkup([])).toEqual([]);
    expect(WORKUP_GROUPS.map((g) => g.timing)).toEqual(['now', 'today', 'outpatient']);
  });
});

describe('caseAsText workup', () => {
  const text = caseAsText({ state: CASE, result: result(WORKUP), labelOf: (id) => id, causeName: (id) => `<${id}>`, date: '2026-12-07', link: 'https://x/' });
  const lines = text.split('\n');
  const at = lines.indexOf('Workup:');

  it('lists the workup under the workspace headings, Now first, the red-flag-named test leading', () => {
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 4)).toEqual([
      'Now (minutes): MRI-LUMBOSACRAL (named by the red flag; first line; for <cauda-equina-syndrome>); BLADDER-SCAN (first line; for <cauda-equina-syndrome>)',
      'Today: CRP (confirms; for <cauda-equina-syndrome>)',
      'Outpatient: SPEP (if indicated; for <paraproteinaemic-neuropathy>)',
    ]);
    expect(text).not.toContain('PREGNANCY-TEST');
  });

  it('copies at most a dozen tests, the most urgent ones', () => {
    const many = Array.from({ length: 20 }, (_, i) => test(`out-${i}`, 'outpatient', { priority: i }));
    const copied = caseAsText({ state: CASE, result: result([...many, test('glucose-poc', 'now')]), labelOf: (id) => id, causeName: (id) => id, date: 'd', link: 'l' });
    const workupLines = copied.split('\n').filter((l) => /^(Now \(minutes\)|Today|Outpatient): /.test(l));
    expect(workupLines[0]).toBe('Now (minutes): GLUCOSE-POC (first line; for cauda-equina-syndrome)');
    expect(workupLines[1]!.split('; for').length - 1).toBe(11);
  });
});
