'use client';
// The undo stack of the workspace: every edit keeps the case before it, so "Undo" (and Ctrl+Z)
// can put it back. The stack lives in memory only; it is cleared when the browser traverses history.
import { useCallback, useRef, useState } from 'react';
import type { CaseState } from '@/lib/workspace/case-state';

/** One edit: the case before and after it. */
export interface CaseEdit {
  before: CaseState;
  after: CaseState;
}

const DEPTH = 50;

/** `push` records an edit (`merge` folds it into the last one), `pop` takes the last one back. */
export function useUndo() {
  const stack = useRef<CaseEdit[]>([]);
  const [top, setTop] = useState<CaseEdit | undefined>(undefined);

  const push = useCallback((edit: CaseEdit, merge = false) => {
    const last = stack.current.at(-1);
    if (merge && last) stack.current[stack.current.length - 1] = { before: last.before, after: edit.after };
    else stack.current = [...stack.current.slice(-(DEPTH - 1)), edit];
    setTop(stack.current.at(-1));
  }, []);

  const pop = useCallback((): CaseEdit | undefined => {
    const last = stack.current.pop();
    setTop(stack.current.at(-1));
    return last;
  }, []);

  const clear = useCallback(() => {
    stack.current = [];
    setTop(undefined);
  }, []);

  return { top, push, pop, clear };
}
