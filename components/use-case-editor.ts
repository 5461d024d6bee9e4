'use client';
// The workspace's case and how it changes: every edit is a history entry (so back and forward walk
// the edits and the URL can be shared), an undo step, and a new differential from the local engine.
import { useCallback, useRef, useState } from 'react';
import type { DifferentialResponse } from '@/lib/catalog';
import { caseUrl } from '@/lib/workspace/case-query';
import { enteredIds, stableOrder, type CaseState } from '@/lib/workspace/case-state';
import { useCaseHistory } from './use-case-history';
import { useDifferential } from './use-differential';
import { useUndo, type CaseEdit } from './use-undo';

/** What an edit was, for how it is recorded: a run of age digits is one history entry, ask-next keeps its list. */
export type EditKind = 'finding' | 'note' | 'ask-next' | 'legs' | 'example' | 'onset' | 'age' | 'sex' | 'pregnancy' | 'presentation';


/**
 * The case, the order its findings were entered in, its differential, and `edit` to change it.
 * `urlMayHoldCase` is passed to the history (see useCaseHistory).
 */
export function useCaseEditor(initialCase: CaseState, initialResult: DifferentialResponse, { urlMayHoldCase }: { urlMayHoldCase: boolean }) {
  const [state, setState] = useState(initialCase);
  // Entry order of the findings, so a chip keeps its place when switched between present and absent.
  const [order, setOrder] = useState(() => enteredIds(initialCase));
  // The latest case for callbacks, so they stay stable and the memoised panels skip re-rendering.
  const current = useRef(initialCase);
  const { result, status, load } = useDifferential(initialResult, initialCase);
  const lastEdit = useRef<string>('');
  // Its functions are stable; the object holding them is not, so callbacks name them singly.
  const { top: undoTop, push: pushUndo, pop: popUndo, clear: clearUndo } = useUndo();
  // The edit the last undo took back (the undo bar says it in words).
  const [undone, setUndone] = useState<CaseEdit | undefined>(undefined);
  // Bumped by every edit made outside "Ask or examine next": that list then re-ranks.
  const [editToken, setEditToken] = useState(0);

  const show = useCallback(
    (next: CaseState) => {
      current.current = next;
      setState(next);
      setOrder((previous) => stableOrder(previous, enteredIds(next)));
      void load(next);
    },
    [load],
  );
  const record = useCaseHistory(
    initialCase,
    (next) => {
      clearUndo();
      setEditToken((t) => t + 1);
      show(next);
    },
    { urlMayHoldCase },
  );

  /** Applies an edit: new state, a history entry (or the same one for a run of age digits), an undo step, new results. */
  const edit = useCallback(
    (change: (state: CaseState) => CaseState, kind: EditKind = 'finding') => {
      const before = current.current;
      const next = change(before);
      if (caseUrl(next) === caseUrl(before)) return;
      const typingAge = kind === 'age' && lastEdit.current === 'age';
      record(next, { replace: typingAge });
      pushUndo({ before, after: next }, typingAge);
      setUndone(undefined);
      lastEdit.current = kind;
      if (kind !== 'ask-next') setEditToken((t) => t + 1);
      show(next);
    },
    [record, show, pushUndo],
  );

  /** Takes the last edit back. */
  const takeBack = useCallback(() => {
    const last = popUndo();
    if (!last) return;
    setUndone(last);
    lastEdit.current = 'undo';
    record(last.before);
    setEditToken((t) => t + 1);
    show(last.before);
  }, [popUndo, record, show]);

  return { state, order, result, status, edit, takeBack, undoTop, undone, editToken };
}
