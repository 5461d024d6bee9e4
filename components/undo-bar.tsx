import { memo, useEffect } from 'react';
import { describeChange } from '@/lib/workspace/case-change';
import type { CaseEdit } from './use-undo';

interface UndoBarProps {
  /** The last edit, if there is one to undo. */
  last?: CaseEdit;
  /** What the last undo took back, announced once. */
  undone?: CaseEdit;
  /** Names the findings of an edit (the bar says it in words, so its code loads with the bar). */
  labelOf: (findingId: string) => string;
  onUndo: () => void;
}

function typingInto(target: EventTarget | null): boolean {
  // Inside a text box with text in it, Ctrl+Z belongs to the text box.
  return (target instanceof HTMLInputElement && (target.type === 'text' || target.type === 'number' || target.type === 'search') && target.value !== '') || target instanceof HTMLTextAreaElement;
}

/** The last change and its Undo button; Ctrl+Z (⌘Z) anywhere outside a filled text box does the same. */
export const UndoBar = memo(function UndoBar({ last, undone, labelOf, onUndo }: UndoBarProps) {
  const change = last ? describeChange(last.before, last.after, labelOf) : undefined;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'z') return;
      if (typingInto(event.target)) return;
      event.preventDefault();
      onUndo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onUndo]);
  return (
    <div className="undo-bar" role="status">
      <span className="undo-text">{undone ? `Undone: ${describeChange(undone.before, undone.after, labelOf)}.` : change}</span>
      {change ? (
        <button type="button" className="button button-small" onClick={onUndo} title={`Undo: ${change}`} aria-keyshortcuts="Control+Z">
          Undo
        </button>
      ) : null}
    </div>
  );
});
