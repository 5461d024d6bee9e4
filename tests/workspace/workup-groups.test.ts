// One grouping of the workup, with one set of headings, for the workspace, the print view and the note text.
import { describe, expect, it } from 'vitest';
import { caseAsText } from '@/lib/workspace/case-text';
import { groupWorkupByTiming } from '@/lib/workspace/workup-groups';
import type { TestTiming } from '@/lib/vocabulary';

const entry = (testId: string, timing: TestTiming) => ({ testId, timing });

describe('groupWorkupByTiming', () => {
  it.each([
    ['nothing', [], []],
    ['one group', [entry('a', 'today')], [['today', 'Today', ['a']]]],
    [
      'groups in urgency order, plan order kept inside, empty groups left out',
      [entry('mri', 'outpatient'), entry('glucose', 'now'), entry('b12', 'outpatient'), entry('bladder-scan', 'now')],
      [
        ['now', 'Now (minutes)', ['glucose', 'bladder-scan']],
        ['outpatient', 'Outpatient', ['mri', 'b12']],
      ],
    ],
  ] as const)('%s', (_name, workup, expected) => {
    const groups = groupWorkupByTiming(workup);
    expect(groups.map((g) => [g.timing, g.title, g.tests.map((t) => t.testId)])).toEqual(expected);
  });
});

it('the note text uses the same headings', () => {
  const test = (testId: string, timing: TestTiming, priority: number) => ({
    testId, name: testId.toUpperCase(), kind: 'lab' as const, codes: [], priority, score: 0, separation: 0, helpsWith: ['x'], forAlert: false,
    timing, role: 'first_line' as const, named: false, mention: -1,
  });
  const text = caseAsText({
    state: { present: ['back-pain'], absent: [], legs: [] },
    result: {
      catalogVersion: 'v1', setting: 'primary_care', totalCauses: 0, causes: [], implied: [], cantMiss: [], alerts: [], emergencyPrompts: [], nextFindings: [], treatmentCautions: [],
      workup: [test('glucose', 'now', 2), test('mri', 'outpatient', 1)],
    },
    labelOf: (id) => id,
    causeName: (id) => `cause ${id}`,
    date: '2026-12-07',
    link: 'https://example.org/',
  });
  expect(text).toContain('Workup:\nNow (minutes): GLUCOSE (for cause x)\nOutpatient: MRI (for cause x)');
});
