import { memo, useEffect, useRef, useState } from 'react';
import type { NextFinding } from '@/lib/catalog';
import type { FindingState } from '@/lib/workspace/case-state';

const SHOWN = 6;
/** After the list re-ranks, its buttons wait this long, so a click aimed at the old row is not taken by a new one. */
const SETTLE_MS = 400;
/**
 * A second pointer click this soon after an answer, on another row, is the tail of a double-click
 * moved by the re-render. Keyboard activations (click events with detail 0) are never ignored.
 */
const DOUBLE_CLICK_MS = 500;

interface NextFindingsProps {
  findings: readonly NextFinding[];
  /** Changes with every edit made elsewhere than this list: answered rows are then released. */
  editToken: number;
  /** True while new results are on their way (the rows are about to re-rank). */
  updating: boolean;
  onAnswer: (finding: { id: string; label: string }, state: FindingState) => void;
}

interface Frozen {
  rows: readonly NextFinding[];
  answers: Readonly<Record<string, FindingState>>;
  token: number;
}

/**
 * The questions and examinations that would most change the differential, one click to enter.
 * An answered row stays where it was, marked answered, until the next edit elsewhere, so the
 * list never re-sorts under the pointer; focus moves on to the next unanswered row.
 */
export const NextFindings = memo(function NextFindings({ findings, editToken, updating, onAnswer }: NextFindingsProps) {
  const [frozen, setFrozen] = useState<Frozen | null>(null);
  const [settling, setSettling] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const lastAnswer = useRef({ at: -Infinity, findingId: '', focusId: '' });
  const focusRow = (findingId: string) =>
    list.current?.querySelector<HTMLButtonElement>(`[data-finding="${CSS.escape(findingId)}"] button`)?.focus();
  const held = frozen !== null && frozen.token === editToken ? frozen : null;
  const rows = held ? held.rows : findings.slice(0, SHOWN);
  const answers = held?.answers ?? {};

  // A fresh ranking (not the held one) takes a moment before it accepts clicks.
  const shownKey = held ? 'held' : rows.map((r) => r.findingId).join();
  const firstKey = useRef(shownKey);
  useEffect(() => {
    if (shownKey === 'held' || shownKey === firstKey.current) return;
    firstKey.current = shownKey;
    setSettling(true);
    const timer = setTimeout(() => setSettling(false), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [shownKey]);

  const answer = (index: number, state: FindingState, byPointer: boolean) => {
    const row = rows[index]!;
    // Content above the list (the alert, the top-three prompt) can change height after an answer.
    const now = performance.now();
    if (byPointer && now - lastAnswer.current.at < DOUBLE_CLICK_MS && lastAnswer.current.findingId !== row.findingId) {
      focusRow(lastAnswer.current.focusId);
      return;
    }
    const next = { ...answers, [row.findingId]: state };
    setFrozen({ rows, answers: next, token: editToken });
    onAnswer({ id: row.findingId, label: row.label }, state);
    // The rows stay put, so the next unanswered one is where it was.
    const order = [...rows.slice(index + 1), ...rows.slice(0, index)];
    const target = order.find((r) => next[r.findingId] === undefined);
    lastAnswer.current = { at: now, findingId: row.findingId, focusId: target?.findingId ?? '' };
    if (target) focusRow(target.findingId);
  };

  return (
    <section aria-labelledby="next-heading" className="panel">
      <h2 id="next-heading">Ask or examine next</h2>
      {rows.length === 0 ? (
        <p className="muted">Nothing left that would change the ranking much.</p>
      ) : (
        <fieldset className="next-fieldset" disabled={!held && (updating || settling)}>
          <legend className="visually-hidden">Answer present or absent</legend>
          <ul className="next-list" ref={list}>
            {rows.map((finding, index) => {
              const given = answers[finding.findingId];
              return (
                <li key={finding.findingId} data-finding={finding.findingId} className={given ? 'next-answered' : undefined}>
                  <span className="next-label">
                    {finding.label} <span className="muted small">{finding.kind}</span>
                    {given ? <span className="next-done"> · answered: {given}</span> : null}
                  </span>
                  <span className="next-actions">
                    <button type="button" className="button button-small" aria-pressed={given === 'present'} aria-label={`${finding.label}: present`} onClick={(event) => answer(index, 'present', event.detail > 0)}>
                      Present
                    </button>
                    <button type="button" className="button button-small button-quiet" aria-pressed={given === 'absent'} aria-label={`${finding.label}: absent`} onClick={(event) => answer(index, 'absent', event.detail > 0)}>
                      Absent
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
          {held ? (
            <button type="button" className="button button-small button-quiet next-refresh" onClick={() => setFrozen(null)}>
              Show new suggestions
            </button>
          ) : null}
        </fieldset>
      )}
    </section>
  );
});
