import { useRef } from 'react';
import type { FindingState } from '@/lib/workspace/case-state';

interface EnteredFinding {
  id: string;
  label: string;
  state: FindingState;
}

interface EnteredFindingsProps {
  findings: readonly EnteredFinding[];
  onToggle: (id: string) => void;
  onRemove: (id: string) => void;
  /** Where focus goes when the last chip is removed. */
  onEmptied: () => void;
}

/** The entered findings as chips: one press switches present/absent, × (or Delete) removes. */
export function EnteredFindings({ findings, onToggle, onRemove, onEmptied }: EnteredFindingsProps) {
  const list = useRef<HTMLUListElement>(null);
  const remove = (index: number) => {
    const id = findings[index]!.id;
    // Keep the keyboard user in the list: focus the chip that takes this one's place.
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('.chip-toggle');
    const neighbour = buttons?.[index + 1] ?? buttons?.[index - 1];
    onRemove(id);
    if (neighbour) neighbour.focus();
    else onEmptied();
  };
  if (findings.length === 0) return <p className="muted small">No findings entered yet.</p>;
  return (
    <>
      <p id="chip-hint" className="visually-hidden">
        Press to switch between present and absent; Delete removes.
      </p>
      <ul className="chips" ref={list} aria-label="Entered findings">
        {findings.map((finding, index) => (
          <li key={finding.id} className={`chip chip-${finding.state}`}>
            <button
              type="button"
              className="chip-toggle"
              aria-describedby="chip-hint"
              title={`Switch to ${finding.state === 'present' ? 'absent' : 'present'}`}
              onClick={() => onToggle(finding.id)}
              onKeyDown={(event) => {
                if (event.key === 'Delete' || event.key === 'Backspace') {
                  event.preventDefault();
                  remove(index);
                }
              }}
            >
              <span className="chip-mark" aria-hidden="true">
                {finding.state === 'present' ? '+' : '−'}
              </span>
              <span className="chip-label">{finding.label}</span> <span className="chip-state">{finding.state}</span>
            </button>
            <button type="button" className="chip-remove" aria-label={`Remove ${finding.label}`} onClick={() => remove(index)}>
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
