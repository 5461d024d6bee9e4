import { memo } from 'react';
import type { NextFinding } from '@/lib/catalog';
import type { FindingState } from '@/lib/workspace/case-state';

const SHOWN = 6;

interface NextFindingsProps {
  findings: readonly NextFinding[];
  onAdd: (finding: { id: string; label: string }, state: FindingState) => void;
}

/** The questions and examinations that would most change the differential, one click to enter. */
export const NextFindings = memo(function NextFindings({ findings, onAdd }: NextFindingsProps) {
  return (
    <section aria-labelledby="next-heading" className="panel">
      <h2 id="next-heading">Ask or examine next</h2>
      {findings.length === 0 ? (
        <p className="muted">Nothing left that would change the ranking much.</p>
      ) : (
        <ul className="next-list">
          {findings.slice(0, SHOWN).map((finding) => (
            <li key={finding.findingId}>
              <span className="next-label">
                {finding.label} <span className="muted small">{finding.kind}</span>
              </span>
              <span className="next-actions">
                <button type="button" className="button button-small" aria-label={`${finding.label}: present`} onClick={() => onAdd({ id: finding.findingId, label: finding.label }, 'present')}>
                  Present
                </button>
                <button type="button" className="button button-small button-quiet" aria-label={`${finding.label}: absent`} onClick={() => onAdd({ id: finding.findingId, label: finding.label }, 'absent')}>
                  Absent
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
