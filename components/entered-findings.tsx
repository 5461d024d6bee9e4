import { memo, useCallback, useEffect, useRef } from 'react';
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

interface ChipProps {
  finding: EnteredFinding;
  onSet: (id: string, state: FindingState) => void;
  onRemove: (id: string) => void;
}

/** One entered finding; memoised, so an edit elsewhere in the case leaves its inputs alone. */
const Chip = memo(
  function Chip({ finding, onSet, onRemove }: ChipProps) {
    return (
      <li className={`chip chip-${finding.state}`}>
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
                    onRemove(finding.id);
                  }
                }}
              />
              <span>{option.text}</span>
            </label>
          ))}
        </span>
        <button type="button" className="chip-remove" aria-label={`Remove ${finding.label}`} onClick={() => onRemove(finding.id)}>
          <span aria-hidden="true">×</span>
        </button>
      </li>
    );
  },
  (a, b) =>
    a.onSet === b.onSet &&
    a.onRemove === b.onRemove &&
    a.finding.id === b.finding.id &&
    a.finding.label === b.finding.label &&
    a.finding.state === b.finding.state &&
    a.finding.fromPicture === b.finding.fromPicture,
);

/**
 * The entered findings, each with an explicit Present | Absent control (a radio pair, so one
 * stray click cannot silently invert a finding) and × to remove; Delete on a chip removes it too.
 */
export const EnteredFindings = memo(function EnteredFindings({ findings, onSet, onRemove, onEmptied }: EnteredFindingsProps) {
  const list = useRef<HTMLUListElement>(null);
  // The latest list for the stable `remove` the memoised chips hold.
  const latest = useRef({ findings, onRemove, onEmptied });
  useEffect(() => {
    latest.current = { findings, onRemove, onEmptied };
  });
  const remove = useCallback((id: string) => {
    const { findings: now, onRemove: removeFinding, onEmptied: emptied } = latest.current;
    const index = now.findIndex((f) => f.id === id);
    // Keep the keyboard user in the list: focus the chip that takes this one's place.
    const chips = list.current?.querySelectorAll<HTMLInputElement>('.chip input:checked');
    const neighbour = chips?.[index + 1] ?? chips?.[index - 1];
    removeFinding(id);
    if (neighbour) neighbour.focus();
    else emptied();
  }, []);
  if (findings.length === 0) return <p className="muted small">No findings entered yet.</p>;
  return (
    <>
      <p id="chip-hint" className="visually-hidden">
        Choose present or absent; Delete removes the finding.
      </p>
      <ul className="chips" ref={list} aria-label="Entered findings">
        {findings.map((finding) => (
          <Chip key={finding.id} finding={finding} onSet={onSet} onRemove={remove} />
        ))}
      </ul>
    </>
  );
});
