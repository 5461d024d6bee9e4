import { useEffect, useId, useRef, useState, type Ref } from 'react';
import type { FindingState } from '@/lib/workspace/case-state';

/** A hit from GET /api/findings?q= (the fields the picker shows). */
interface FindingHit {
  id: string;
  label: string;
  kind: string;
  matched: string;
  /** How it matched; "nearest" when nothing matched well. */
  match?: string;
  /** The state the typed words imply ("no back pain", "HbA1c 39"): Enter adds it so. */
  state?: FindingState;
}

interface FindingPickerProps {
  /** Ids already entered: left out of the suggestions. */
  entered: readonly string[];
  onPick: (finding: { id: string; label: string }, state: FindingState) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/** Typeahead over the ranked language search (labels, synonyms, lexicon, values, typos; nearest findings marked) as an ARIA combobox. */
export function FindingPicker({ entered, onPick, inputRef }: FindingPickerProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<FindingHit[]>([]);
  const [nearestOnly, setNearestOnly] = useState(false);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const shown = hits.filter((hit) => !entered.includes(hit.id));

  useEffect(() => {
    controller.current?.abort();
    const q = query.trim();
    if (q === '') return;
    const current = new AbortController();
    controller.current = current;
    fetch(`/api/findings?q=${encodeURIComponent(q)}&limit=12`, { signal: current.signal })
      .then((response) => (response.ok ? response.json() : { findings: [] }))
      .then((body: { findings: FindingHit[]; nearestOnly?: boolean }) => {
        setHits(body.findings);
        setNearestOnly(body.nearestOnly === true);
        setActive(body.findings.length > 0 ? 0 : -1);
      })
      .catch(() => undefined);
    return () => current.abort();
  }, [query]);

  const pick = (hit: FindingHit | undefined, state: FindingState) => {
    if (!hit) return;
    onPick({ id: hit.id, label: hit.label }, state);
    setQuery('');
    setHits([]);
    setOpen(false);
    setActive(-1);
  };

  const expanded = open && query.trim() !== '' && shown.length > 0;
  const activeIndex = Math.min(active, shown.length - 1);
  const optionId = (i: number) => `${id}-option-${i}`;

  return (
    <div className="picker">
      <label htmlFor={`${id}-input`}>Add a finding</label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${id}-listbox`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        spellCheck={false}
        placeholder="e.g. saddle numbness, SLR, HbA1c"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          if (event.target.value.trim() === '') setHits([]);
        }}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
            if (shown.length === 0) return;
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((activeIndex + step + shown.length) % shown.length);
          } else if (event.key === 'Enter' && expanded) {
            event.preventDefault();
            const hit = shown[Math.max(0, activeIndex)];
            pick(hit, event.shiftKey ? 'absent' : (hit?.state ?? 'present'));
          } else if (event.key === 'Escape') {
            if (expanded) setOpen(false);
            else setQuery('');
          }
        }}
      />
      <p id={`${id}-hint`} className="hint">
        Symptoms, signs, history, results. ↑ ↓ choose, Enter adds it (as absent when your words say so), Shift+Enter as absent.
      </p>
      {expanded && nearestOnly ? (
        <p className="picker-nearest" id={`${id}-nearest`}>
          No finding matches these words well. Nearest findings:
        </p>
      ) : null}
      <ul id={`${id}-listbox`} role="listbox" aria-label={nearestOnly ? 'Nearest findings (no close match)' : 'Matching findings'} className="picker-options" hidden={!expanded}>
        {shown.map((hit, i) => (
          <li
            key={hit.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === activeIndex}
            className="picker-option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(hit, hit.state ?? 'present')}
            onMouseMove={() => setActive(i)}
          >
            <span>{hit.label}</span>
            <span className="picker-meta">
              {hit.match === 'nearest' ? 'nearest · ' : ''}
              {hit.state === 'absent' ? 'adds as absent · ' : ''}
              {hit.matched !== hit.label ? `“${hit.matched}” · ` : ''}
              {hit.kind}
            </span>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {open && query.trim() !== '' ? `${shown.length} ${nearestOnly ? 'nearest' : 'matching'} finding${shown.length === 1 ? '' : 's'}` : ''}
      </p>
    </div>
  );
}
