'use client';
import { useState } from 'react';
import type { Extraction } from '@/lib/language/extract';
import { MAX_NOTE_LENGTH } from '@/lib/language/note-limit';
import type { FindingState, Sex } from '@/lib/workspace/case-state';
import { useLanguageIndex } from './use-language-index';

/** What a note adds to the case: the chosen findings, and age and sex when chosen. */
export interface NoteReading {
  findings: { id: string; label: string; state: FindingState }[];
  age?: number;
  sex?: Sex;
}

interface PasteNotePanelProps {
  /** The id the toggle's aria-controls names, as a prefix of the panel's own ids. */
  id: string;
  onAdd: (reading: NoteReading) => void;
}

type Choice = { include: boolean; state: FindingState };

/** The inside of "Paste a note" (see paste-note.tsx): reads the note in the browser, shows what it found, and adds the chosen findings. */
export function PasteNotePanel({ id, onAdd }: PasteNotePanelProps) {
  const [text, setText] = useState('');
  const [reading, setReading] = useState<{ text: string; result: Extraction } | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [useAge, setUseAge] = useState(true);
  const [useSex, setUseSex] = useState(true);
  const { load, status } = useLanguageIndex();

  const read = async () => {
    // The note reader is loaded on first use: most visits never paste a note.
    const [tools, reader] = await Promise.all([load(), import('@/lib/language/extract')]);
    if (!tools) return;
    const result = reader.extractFindings(tools.index, text);
    setReading({ text, result });
    setChoices(Object.fromEntries(result.findings.map((f) => [f.id, { include: true, state: f.state }])));
    setUseAge(result.age !== undefined);
    setUseSex(result.sex !== undefined);
  };

  const add = () => {
    if (!reading) return;
    const { result } = reading;
    onAdd({
      findings: result.findings.filter((f) => choices[f.id]?.include).map((f) => ({ id: f.id, label: f.label, state: choices[f.id]!.state })),
      ...(useAge && result.age !== undefined ? { age: result.age } : {}),
      ...(useSex && result.sex ? { sex: result.sex } : {}),
    });
    setReading(null);
    setText('');
  };

  const chosen = reading ? reading.result.findings.filter((f) => choices[f.id]?.include).length : 0;
  return (
    <>
        <label htmlFor={`${id}-text`}>Clinical note</label>
        <textarea
          id={`${id}-text`}
          rows={6}
          maxLength={MAX_NOTE_LENGTH}
          value={text}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setText(event.target.value)}
        />
        <p id={`${id}-hint`} className="hint">
          Read in this browser: the note is not sent to the server or stored.
        </p>
        <button type="button" onClick={() => void read()} disabled={text.trim() === '' || status === 'loading'}>
          Read the note
        </button>
        {status === 'error' ? <p role="alert">Could not load the catalog to read the note. Try again.</p> : null}
        {reading ? (
          <section aria-label="What the note says" className="note-reading">
            <p className="note-text">{highlighted(reading.text, reading.result, choices)}</p>
            {reading.result.findings.length === 0 ? <p>No findings recognised in this note.</p> : null}
            <ul className="note-findings">
              {reading.result.findings.map((f) => {
                const choice = choices[f.id] ?? { include: true, state: f.state };
                const set = (next: Partial<Choice>) => setChoices({ ...choices, [f.id]: { ...choice, ...next } });
                return (
                  <li key={f.id}>
                    <label>
                      <input type="checkbox" checked={choice.include} onChange={(e) => set({ include: e.target.checked })} />
                      {f.label}: {choice.state}
                    </label>{' '}
                    <button type="button" className="note-flip" aria-label={`${f.label}: mark ${choice.state === 'present' ? 'absent' : 'present'}`} onClick={() => set({ state: choice.state === 'present' ? 'absent' : 'present' })}>
                      {choice.state === 'present' ? 'Mark absent' : 'Mark present'}
                    </button>
                  </li>
                );
              })}
              {reading.result.age !== undefined ? (
                <li>
                  <label>
                    <input type="checkbox" checked={useAge} onChange={(e) => setUseAge(e.target.checked)} />
                    Age {reading.result.age}
                  </label>
                </li>
              ) : null}
              {reading.result.sex ? (
                <li>
                  <label>
                    <input type="checkbox" checked={useSex} onChange={(e) => setUseSex(e.target.checked)} />
                    Sex {reading.result.sex}
                  </label>
                </li>
              ) : null}
            </ul>
            <button type="button" onClick={add} disabled={chosen === 0 && !(useAge && reading.result.age !== undefined) && !(useSex && reading.result.sex)}>
              Add to the case ({chosen} finding{chosen === 1 ? '' : 's'})
            </button>
          </section>
        ) : null}
    </>
  );
}

/** The note with its matches marked: present, absent (struck through), unmatched (dimmed); unticked matches plain. */
function highlighted(text: string, result: Extraction, choices: Record<string, Choice>) {
  const spans = [
    ...result.findings.map((f) => ({ start: f.start, end: f.end, kind: choices[f.id]?.include === false ? 'off' : (choices[f.id]?.state ?? f.state), title: f.label })),
    ...result.unmatched.map((u) => ({ start: u.start, end: u.end, kind: 'unmatched', title: 'Not recognised' })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: React.ReactNode[] = [];
  let at = 0;
  spans.forEach((s, i) => {
    if (s.start < at) return; // overlapping stretches: the first wins
    if (s.start > at) parts.push(text.slice(at, s.start));
    const words = text.slice(s.start, s.end);
    if (s.kind === 'present') parts.push(<mark key={i} className="note-present" title={`${s.title}: present`}>{words}</mark>);
    else if (s.kind === 'absent') parts.push(<s key={i} className="note-absent" title={`${s.title}: absent`}>{words}</s>);
    else if (s.kind === 'unmatched') parts.push(<span key={i} className="note-unmatched" title={s.title}>{words}</span>);
    else parts.push(words);
    at = s.end;
  });
  parts.push(text.slice(at));
  return parts;
}
