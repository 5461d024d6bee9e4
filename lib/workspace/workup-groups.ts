// The workup as every view shows it: grouped by urgency (now, today, outpatient) under one set of
// headings, so the workspace, the print view and the note text read the same plan the same way.
import { TEST_TIMINGS, type TestTiming } from '../vocabulary';
import { TEST_TIMING_LABEL } from './catalog-words';

/** One urgency group of the workup. */
export interface WorkupGroup<E> {
  timing: TestTiming;
  title: string;
  tests: E[];
}

/** The non-empty urgency groups in TEST_TIMINGS order, each keeping the plan's own order. */
export function groupWorkupByTiming<E extends { timing: TestTiming }>(workup: readonly E[]): WorkupGroup<E>[] {
  return TEST_TIMINGS.map((timing) => ({ timing, title: TEST_TIMING_LABEL[timing], tests: workup.filter((t) => t.timing === timing) })).filter(
    (group) => group.tests.length > 0,
  );
}
