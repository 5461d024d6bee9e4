'use client';
import { memo, useEffect, useId, useRef, useState, type Ref } from 'react';
import type { FindingState } from '@/lib/workspace/case-state';
import { useLanguageIndex } from './use-language-index';

/** A suggestion: the fields the picker shows. */
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

const SUGGESTIONS = 12;

/**
 * Typeahead over the ranked language search (labels, synonyms, lexicon, values, typos; nearest
 * findings marked) as an ARIA combobox. The search runs in the browser on the catalog's language
 * index, so what the clinician types is never sent anywhere.
 */
export const FindingPicker = memo(function FindingPicker({ entered, onPick, inputRef }: FindingPickerProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  // The hits and the query they answer: Enter waits for the hits of what is typed now.
  const [results, setResults] = useState<{ q: string; hits: FindingHit[]; nearestOnly: boolean }>({ q: '', hits: [], nearestOnly: false });
  const { hits, nearestOnly } = results;
  const pending = useRef<FindingState | null>(null);
  const [noMatch, setNoMatch] = useState('');
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const { load: loadLanguage } = useLanguageIndex();
  const shown = hits.filter((hit) => !entered.includes(hit.id));
  const latest = useRef({ entered, onPick });
  useEffect(() => {
    latest.current = { entered, onPick };
  });

  useEffect(() => {
    const q = query.trim();
    if (q === '') return;
    let live = true;
    void loadLanguage().then((tools) => {
      if (!live) return;
      const ranked = tools ? tools.rank(q, SUGGESTIONS) : { hits: [], nearestOnly: false };
      const found: FindingHit[] = ranked.hits.map((hit) => ({
        id: hit.finding.id,
        label: hit.finding.label,
        kind: hit.finding.kind ?? '',
        matched: hit.matched,
        match: hit.tier,
        ...(hit.state ? { state: hit.state } : {}),
      }));
      // Enter was pressed before these arrived: add the best match now, so no entry is dropped.
      const wanted = pending.current;
      pending.current = null;
      const best = found.find((hit) => !latest.current.entered.includes(hit.id));
      if (wanted && best) {
        latest.current.onPick({ id: best.id, label: best.label }, wanted === 'present' ? (best.state ?? 'present') : wanted);
        setQuery('');
        setResults({ q: '', hits: [], nearestOnly: false });
        setOpen(false);
        setActive(-1);
        return;
      }
      if (wanted) setNoMatch(q);
      setResults({ q, hits: found, nearestOnly: ranked.nearestOnly });
      setActive(found.length > 0 ? 0 : -1);
    });
    return () => {
      live = false;
    };
  }, [query, loadLanguage]);

  const pick = (hit: FindingHit | undefined, state: FindingState) => {
    if (!hit) return;
    onPick({ id: hit.id, label: hit.label }, state);
    setQuery('');
    setResults({ q: '', hits: [], nearestOnly: false });
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
        placeholder="e.g. saddle numbness, SLR, HbA1c 10.4 %"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setNoMatch('');
          pending.current = null;
          if (event.target.value.trim() === '') setResults({ q: '', hits: [], nearestOnly: false });
        }}
        onBlur={() => setOpen(false)}
        onFocus={() => {
          setOpen(true);
          void loadLanguage(); // fetch the index as the clinician starts to type, not after
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
            if (shown.length === 0) return;
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((activeIndex + step + shown.length) % shown.length);
          } else if (event.key === 'Enter' && query.trim() !== '') {
            event.preventDefault();
            const hit = shown[Math.max(0, activeIndex)];
            const state: FindingState = event.shiftKey ? 'absent' : (hit?.state ?? 'present');
            if (results.q !== query.trim()) pending.current = event.shiftKey ? 'absent' : 'present';
            else if (hit) pick(hit, state);
            else setNoMatch(query.trim());
          } else if (event.key === 'Escape') {
            if (expanded) setOpen(false);
            else setQuery('');
          }
        }}
      />
      <p id={`${id}-hint`} className="hint">
        Symptoms, signs, history, results. ↑ ↓ choose, Enter adds it (as absent when your words say so), Shift+Enter (or “add as absent”) as absent.
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
            <span className="picker-text">
              <span>{hit.label}</span>
              <span className="picker-meta">
                {hit.match === 'nearest' ? 'nearest · ' : ''}
                {hit.state === 'absent' ? 'adds as absent · ' : ''}
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
        {open && query.trim() !== '' && results.q === query.trim()
          ? `${shown.length} ${nearestOnly ? 'nearest' : 'matching'} finding${shown.length === 1 ? '' : 's'}`
          : ''}
      </p>
    </div>
  );
});
