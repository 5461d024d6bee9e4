// The workup by urgency, one grouping for every place that shows it (the workspace panel, the
// print view, the copied note): "Now (minutes)", "Today", "Outpatient", in the order the server
// ranked the plan, so tests a fired red flag names lead their group (in cauda equina, the MRI).
import type { DifferentialResponse } from '@/lib/catalog';
import type { TestRole, TestTiming } from '@/lib/catalog/types';
import type { Sex } from './case-state';
import { TEST_TIMINGS } from '../vocabulary';
import { TEST_TIMING_LABEL } from './catalog-words';

/** One test of the plan, as the differential response carries it. */
export type WorkupEntry = DifferentialResponse['workup'][number];

/** The urgency groups, in order, with the one heading each has everywhere. */
export const WORKUP_GROUPS: readonly { timing: TestTiming; title: string }[] = TEST_TIMINGS.map((timing) => ({
  timing,
  title: TEST_TIMING_LABEL[timing],
}));

/** A test's role for the cause it serves most, in words. */
export const ROLE_TEXT: Record<TestRole, string> = { first_line: 'first line', confirmatory: 'confirms', if_indicated: 'if indicated' };

/** Said after a test a fired red flag names. */
export const NAMED_BY_RED_FLAG = 'named by the red flag';

/** One urgency group and its tests, in plan order. */
export interface WorkupGroup {
  timing: TestTiming;
  title: string;
  tests: WorkupEntry[];
}

/** Tests to offer this patient: no pregnancy test for a man. */
export function offeredWorkup(workup: readonly WorkupEntry[], sex?: Sex): WorkupEntry[] {
  return workup.filter((t) => !(sex === 'male' && t.testId === 'pregnancy-test'));
}

/**
 * The plan by urgency (empty groups left out), red-flag-named tests first in each group; with
 * `limit`, only the first `limit` tests in that reading order (now before today before outpatient).
 */
export function groupWorkup(workup: readonly WorkupEntry[], { sex, limit }: { sex?: Sex; limit?: number } = {}): WorkupGroup[] {
  const offered = offeredWorkup(workup, sex);
  const ordered = WORKUP_GROUPS.flatMap(({ timing }) => {
    const tests = offered.filter((t) => t.timing === timing);
    // The server sorts named tests first already; keep that promise here whatever the input order.
    return [...tests.filter((t) => t.named), ...tests.filter((t) => !t.named)];
  });
  const kept = limit === undefined ? ordered : ordered.slice(0, limit);
  return WORKUP_GROUPS.map(({ timing, title }) => ({ timing, title, tests: kept.filter((t) => t.timing === timing) })).filter(
    (g) => g.tests.length > 0,
  );
}
