import { useEffect, useId, useRef, useState, type Ref } from 'react';
import type { FindingState } from '@/lib/workspace/case-state';

/** A hit from GET /api/findings?q= (the fields the picker shows). */
interface FindingHit {
  id: string;
  label: string;
  kind: string;
  matched: string;
}

interface FindingPickerProps {
  /** Ids already entered: left out of the suggestions. */
  entered: readonly string[];
  onPick: (finding: { id: string; label: string }, state: FindingState) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/** Typeahead over finding labels, synonyms and abbreviations (ARIA combobox with a listbox). */
export function FindingPicker({ entered, onPick, inputRef }: FindingPickerProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  // The hits and the query they answer: Enter waits for the hits of what is typed now.
  const [results, setResults] = useState<{ q: string; hits: FindingHit[] }>({ q: '', hits: [] });
  const hits = results.hits;
  const pending = useRef<FindingState | null>(null);
  const [noMatch, setNoMatch] = useState('');
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const shown = hits.filter((hit) => !entered.includes(hit.id));
  const latest = useRef({ entered, onPick });
  useEffect(() => {
    latest.current = { entered, onPick };
  });

  useEffect(() => {
    controller.current?.abort();
    const q = query.trim();
    if (q === '') return;
    const current = new AbortController();
    controller.current = current;
    fetch(`/api/findings?q=${encodeURIComponent(q)}&limit=12`, { signal: current.signal })
      .then((response) => (response.ok ? response.json() : { findings: [] }))
      .then((body: { findings: FindingHit[] }) => {
        // Enter was pressed before these arrived: add the best match now, so no entry is dropped.
        const wanted = pending.current;
        pending.current = null;
        const best = body.findings.find((hit) => !latest.current.entered.includes(hit.id));
        if (wanted && best) {
          latest.current.onPick({ id: best.id, label: best.label }, wanted);
          setQuery('');
          setResults({ q: '', hits: [] });
          setOpen(false);
          setActive(-1);
          return;
        }
        if (wanted) setNoMatch(q);
        setResults({ q, hits: body.findings });
        setActive(body.findings.length > 0 ? 0 : -1);
      })
      .catch(() => undefined);
    return () => current.abort();
  }, [query]);

  const pick = (hit: FindingHit | undefined, state: FindingState) => {
    if (!hit) return;
    onPick({ id: hit.id, label: hit.label }, state);
    setQuery('');
    setResults({ q: '', hits: [] });
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
          setNoMatch('');
          pending.current = null;
          if (event.target.value.trim() === '') setResults({ q: '', hits: [] });
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
          } else if (event.key === 'Enter' && query.trim() !== '') {
            event.preventDefault();
            const state = event.shiftKey ? 'absent' : 'present';
            if (results.q !== query.trim()) pending.current = state;
            else if (shown.length > 0) pick(shown[Math.max(0, activeIndex)], state);
            else setNoMatch(query.trim());
          } else if (event.key === 'Escape') {
            if (expanded) setOpen(false);
            else setQuery('');
          }
        }}
      />
      <p id={`${id}-hint`} className="hint">
        Symptoms, signs, history, results. ↑ ↓ choose, Enter adds as present, Shift+Enter (or “add as absent”) as absent.
      </p>
      <ul id={`${id}-listbox`} role="listbox" aria-label="Matching findings" className="picker-options" hidden={!expanded}>
        {shown.map((hit, i) => (
          <li
            key={hit.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === activeIndex}
            className="picker-option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(hit, 'present')}
            onMouseMove={() => setActive(i)}
          >
            <span className="picker-text">
              <span>{hit.label}</span>
              <span className="picker-meta">
                {hit.matched !== hit.label ? `“${hit.matched}” · ` : ''}
                {hit.kind}
              </span>
            </span>
            {/* A visible target for touch screens, where Shift+Enter does not exist. */}
            <span
              className="picker-absent"
              aria-hidden="true"
              onClick={(event) => {
                event.stopPropagation();
                pick(hit, 'absent');
              }}
            >
              add as absent
            </span>
          </li>
        ))}
      </ul>
      {noMatch ? (
        <p className="picker-no-match" role="status">
          No finding matches “{noMatch}”. Try another word (e.g. a sign or a body part).
        </p>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {open && query.trim() !== '' && results.q === query.trim() ? `${shown.length} matching finding${shown.length === 1 ? '' : 's'}` : ''}
      </p>
    </div>
  );
}
