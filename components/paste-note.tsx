'use client';
import { lazy, memo, Suspense, useCallback, useId, useState } from 'react';
import type { NoteReading } from './paste-note-panel';

export type { NoteReading } from './paste-note-panel';

// Most visits never paste a note: the panel's code is fetched when it is first opened.
const PasteNotePanel = lazy(() => import('./paste-note-panel').then((m) => ({ default: m.PasteNotePanel })));

/** "Paste a note": reads a clinical note in the browser, shows what it found, and adds the chosen findings to the case. */
export const PasteNote = memo(function PasteNote({ onAdd }: { onAdd: (reading: NoteReading) => void }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  // Once opened, the panel stays mounted (hidden when closed), so a note half-read is kept.
  const [opened, setOpened] = useState(false);
  const add = useCallback(
    (reading: NoteReading) => {
      onAdd(reading);
      setOpen(false);
    },
    [onAdd],
  );
  return (
    <div className="paste-note">
      <button
        type="button"
        className="paste-note-toggle"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => {
          setOpen(!open);
          setOpened(true);
        }}
      >
        Paste a note
      </button>
      <div id={`${id}-panel`} hidden={!open} className="paste-note-panel">
        {opened ? (
          <Suspense fallback={<p className="muted small">Loading…</p>}>
            <PasteNotePanel id={id} onAdd={add} />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
});
