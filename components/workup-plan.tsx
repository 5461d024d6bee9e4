import { memo } from 'react';
import { CaseLink } from './case-link';
import type { Sex } from '@/lib/workspace/case-state';
import { NAMED_BY_RED_FLAG, ROLE_TEXT, groupWorkup, type WorkupEntry } from '@/lib/workspace/workup-groups';

/** Outpatient tests shown before "show more"; now and today are always all shown. */
const OUTPATIENT_FIRST = 8;
/** Causes named per test before "and N more". */
const NAMED_CAUSES = 3;

interface WorkupPlanProps {
  workup: readonly WorkupEntry[];
  causeName: (causeId: string) => string;
  /** The case's sex: a pregnancy test is not offered for a man. */
  sex?: Sex;
}

function helpsWithText(causeIds: readonly string[], causeName: (id: string) => string): string {
  const named = causeIds.slice(0, NAMED_CAUSES).map(causeName).join(', ');
  const more = causeIds.length - NAMED_CAUSES;
  return more > 0 ? `${named} and ${more} more` : named;
}

/** One test; memoised on what it shows, since every edit builds the workup afresh. */
const TestRow = memo(
  function TestRow({ test, helpsWith }: { test: WorkupEntry; helpsWith: string }) {
    return (
      <li className="workup-entry">
        <span className="workup-line">
          <CaseLink href={`/tests/${test.testId}`}>{test.name}</CaseLink>
          {test.named ? <span className="badge badge-emergency">{NAMED_BY_RED_FLAG}</span> : null}
          <span className="workup-role">{ROLE_TEXT[test.role]}</span>
        </span>
        <span className="muted small workup-for"> for {helpsWith}</span>
        {test.pregnancy ? <span className="workup-pregnancy small">In pregnancy: {test.pregnancy}</span> : null}
      </li>
    );
  },
  (a, b) =>
    a.helpsWith === b.helpsWith &&
    a.test.testId === b.test.testId &&
    a.test.name === b.test.name &&
    a.test.named === b.test.named &&
    a.test.role === b.test.role &&
    a.test.pregnancy === b.test.pregnancy,
);

function TestList({ tests, causeName }: { tests: readonly WorkupEntry[]; causeName: (id: string) => string }) {
  return (
    <ul className="plain-list workup-list">
      {tests.map((test) => (
        <TestRow key={test.testId} test={test} helpsWith={helpsWithText(test.helpsWith, causeName)} />
      ))}
    </ul>
  );
}

/** The recommended tests by urgency (now, today, outpatient), each with its role and the causes it serves. */
export const WorkupPlan = memo(function WorkupPlan({ workup, causeName, sex }: WorkupPlanProps) {
  const groups = groupWorkup(workup, { sex });
  return (
    <section aria-labelledby="workup-heading" className="panel workup-panel">
      <h2 id="workup-heading">Workup</h2>
      {groups.length === 0 ? <p className="muted">No test is needed yet to separate the leading causes.</p> : null}
      {groups.map(({ timing, title, tests }) => {
        const first = timing === 'outpatient' ? tests.slice(0, OUTPATIENT_FIRST) : tests;
        const rest = tests.slice(first.length);
        return (
          <section key={timing} className={`workup-group workup-${timing}`} aria-labelledby={`workup-${timing}`}>
            <h3 id={`workup-${timing}`} className="workup-kind">
              {title}
            </h3>
            <TestList tests={first} causeName={causeName} />
            {rest.length > 0 ? (
              <details className="dx-more">
                <summary>Show {rest.length} more outpatient tests</summary>
                <TestList tests={rest} causeName={causeName} />
              </details>
            ) : null}
          </section>
        );
      })}
    </section>
  );
});
