import { memo } from 'react';
import Link from 'next/link';
import type { WorkupEntry } from '@/lib/catalog';
import type { TestKind } from '@/lib/catalog/types';

/** Display order and headings of test kinds: quick and cheap first. */
const KINDS: { kind: TestKind; title: string }[] = [
  { kind: 'bedside', title: 'At the bedside' },
  { kind: 'lab', title: 'Laboratory' },
  { kind: 'imaging', title: 'Imaging' },
  { kind: 'neurophysiology', title: 'Neurophysiology' },
];

/** Tests shown before "show more": the plan's first dozen, by priority. */
const SHOWN_FIRST = 12;
/** Causes named per test before "and N more". */
const NAMED_CAUSES = 4;

interface WorkupPlanProps {
  workup: readonly WorkupEntry[];
  causeName: (causeId: string) => string;
}

function helpsWithText(causeIds: readonly string[], causeName: (id: string) => string): string {
  const named = causeIds.slice(0, NAMED_CAUSES).map(causeName).join(', ');
  const more = causeIds.length - NAMED_CAUSES;
  return more > 0 ? `${named} and ${more} more` : named;
}

function TestGroups({ tests, causeName, headingLevel }: { tests: readonly WorkupEntry[]; causeName: (id: string) => string; headingLevel: 'h3' | 'h4' }) {
  const Heading = headingLevel;
  return KINDS.map(({ kind, title }) => {
    const ofKind = tests.filter((t) => t.kind === kind);
    if (ofKind.length === 0) return null;
    return (
      <div key={kind} className="workup-group">
        <Heading className="workup-kind">{title}</Heading>
        <ul className="plain-list">
          {ofKind.map((test) => (
            <li key={test.testId} className="workup-entry">
              <Link href={`/tests/${test.testId}`}>{test.name}</Link>
              <span className="muted small"> helps with {helpsWithText(test.helpsWith, causeName)}</span>
            </li>
          ))}
        </ul>
      </div>
    );
  });
}

/** The recommended tests grouped by kind, each naming the causes it helps tell apart. */
export const WorkupPlan = memo(function WorkupPlan({ workup, causeName }: WorkupPlanProps) {
  const ordered = [...workup].sort((a, b) => a.priority - b.priority);
  const first = ordered.slice(0, SHOWN_FIRST);
  const rest = ordered.slice(SHOWN_FIRST);
  return (
    <section aria-labelledby="workup-heading" className="panel">
      <h2 id="workup-heading">Workup</h2>
      {workup.length === 0 ? <p className="muted">No test is needed yet to separate the leading causes.</p> : null}
      <TestGroups tests={first} causeName={causeName} headingLevel="h3" />
      {rest.length > 0 ? (
        <details className="dx-more">
          <summary>Show {rest.length} more tests</summary>
          <TestGroups tests={rest} causeName={causeName} headingLevel="h4" />
        </details>
      ) : null}
    </section>
  );
});
