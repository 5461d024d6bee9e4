'use client';
// Every edit of the case is a history entry, so back and forward walk through the edits and a
// copied link reopens the case. The case rides in history.state; the URL is the fallback.
import { useCallback, useEffect, useRef } from 'react';
import { caseFromUrlSearch, caseUrl } from '@/lib/workspace/case-query';
import { afterPaint } from './after-paint';
import type { CaseState } from '@/lib/workspace/case-state';

const STATE_KEY = 'numbdxCase';

function caseFromHistory(): CaseState {
  const saved: unknown = window.history.state?.[STATE_KEY];
  return saved && typeof saved === 'object' ? (saved as CaseState) : caseFromUrlSearch(window.location.search);
}

/**
 * Records edits in the history and calls `onTraverse` with the case of the entry the browser
 * returns to. `replace` folds an edit into the current entry (typing an age, digit by digit).
 * `urlMayHoldCase`: the page was rendered with no case and no complaint about its link, so if the
 * URL holds one the HTML came from the offline cache (the bare `/` shell) and the URL's case wins.
 */
export function useCaseHistory(current: CaseState, onTraverse: (state: CaseState) => void, { urlMayHoldCase = false } = {}) {
  const traverse = useRef(onTraverse);
  useEffect(() => {
    traverse.current = onTraverse;
  }, [onTraverse]);

  useEffect(() => {
    // A remount after the router restored an older page can hold stale props: the saved case wins.
    // Without one, the page's own case wins: the server dropped what it did not recognise, and the
    // URL is rewritten to match, so unknown ids never come back as chips.
    const saved: unknown = window.history.state?.[STATE_KEY];
    const restore = saved && typeof saved === 'object' ? (saved as CaseState) : urlMayHoldCase ? caseFromUrlSearch(window.location.search) : null;
    if (restore && caseUrl(restore) !== caseUrl(current)) traverse.current(restore);
    else window.history.replaceState({ ...window.history.state, [STATE_KEY]: current }, '', caseUrl(current));
    const onPopState = () => traverse.current(caseFromHistory());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
    // Mount only: `current` is the case the page was rendered with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // After the paint: a history entry costs Chromium and Next's router (which learns the new URL
  // and re-renders) several milliseconds, which the new results need not wait for.
  return useCallback((next: CaseState, { replace = false } = {}) => {
    afterPaint(() => {
      const url = caseUrl(next);
      // Only our key: Next.js adds its own router state and learns the new URL.
      const data = { [STATE_KEY]: next };
      if (replace) window.history.replaceState(data, '', url);
      else window.history.pushState(data, '', url);
    });
  }, []);
}
