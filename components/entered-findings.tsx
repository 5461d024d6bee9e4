import { useRef } from 'react';
import type { FindingState } from '@/lib/workspace/case-state';

interface EnteredFinding {
  id: string;
  label: string;
  state: FindingState;
  /** Entered by the leg picture rather than typed or clicked. */
  fromPicture?: boolean;
}

interface EnteredFindingsProps {
  /** In entry order: a finding keeps its place when switched. */
  findings: readonly EnteredFinding[];
  onSet: (id: string, state: FindingState) => void;
  onRemove: (id: string) => void;
  /** Where focus goes when the last chip is removed. */
  onEmptied: () => void;
}

const STATES: { value: FindingState; text: string }[] = [
  { value: 'present', text: 'Present' },
  { value: 'absent', text: 'Absent' },
];

/**
 * The entered findings, each with an explicit Present | Absent control (a radio pair, so one
 * stray click cannot silently invert a finding) and × to remove; Delete on a chip removes it too.
 */
export function EnteredFindings({ findings, onSet, onRemove, onEmptied }: EnteredFindingsProps) {
  const list = useRef<HTMLUListElement>(null);
  const remove = (index: number) => {
    const id = findings[index]!.id;
    // Keep the keyboard user in the list: focus the chip that takes this one's place.
    const chips = list.current?.querySelectorAll<HTMLInputElement>('.chip input:checked');
    const neighbour = chips?.[index + 1] ?? chips?.[index - 1];
    onRemove(id);
    if (neighbour) neighbour.focus();
    else onEmptied();
  };
  if (findings.length === 0) return <p className="muted small">No findings entered yet.</p>;
  return (
    <>
      <p id="chip-hint" className="visually-hidden">
        Choose present or absent; Delete removes the finding.
      </p>
      <ul className="chips" ref={list} aria-label="Entered findings">
        {findings.map((finding, index) => (
          <li key={finding.id} className={`chip chip-${finding.state}`}>
            <span className="chip-label" aria-hidden="true">
              {finding.label}
              {finding.fromPicture ? <span className="chip-source"> · picture</span> : null}
            </span>
            <span role="radiogroup" aria-label={finding.label} aria-describedby="chip-hint" className="chip-states">
              {STATES.map((option) => (
                <label key={option.value} className={`chip-state chip-state-${option.value}`}>
                  <input
                    type="radio"
                    name={`finding-${finding.id}`}
                    value={option.value}
                    checked={finding.state === option.value}
                    onChange={() => onSet(finding.id, option.value)}
                    onKeyDown={(event) => {
                      if (event.key === 'Delete' || event.key === 'Backspace') {
                        event.preventDefault();
                        remove(index);
                      }
                    }}
                  />
                  <span>{option.text}</span>
                </label>
              ))}
            </span>
            <button type="button" className="chip-remove" aria-label={`Remove ${finding.label}`} onClick={() => remove(index)}>
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
