import { memo, useEffect } from 'react';

interface UndoBarProps {
  /** The last change in words, if there is one to undo. */
  change?: string;
  /** What the last undo took back, announced once. */
  undone?: string;
  onUndo: () => void;
}

function typingInto(target: EventTarget | null): boolean {
  // Inside a text box with text in it, Ctrl+Z belongs to the text box.
  return (target instanceof HTMLInputElement && (target.type === 'text' || target.type === 'number' || target.type === 'search') && target.value !== '') || target instanceof HTMLTextAreaElement;
}

/** The last change and its Undo button; Ctrl+Z (⌘Z) anywhere outside a filled text box does the same. */
export const UndoBar = memo(function UndoBar({ change, undone, onUndo }: UndoBarProps) {
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
      <span className="undo-text">{undone ? `Undone: ${undone}.` : change}</span>
      {change ? (
        <button type="button" className="button button-small" onClick={onUndo} title={`Undo: ${change}`} aria-keyshortcuts="Control+Z">
          Undo
        </button>
      ) : null}
    </div>
  );
});
