'use client';
// The last case of this browser tab, kept in sessionStorage only (never sent to the server), so
// the header's "Differential" and "Back to your case" return to it and reference pages opened
// from it can mark what concerns it. Closing the tab forgets it.
import { useSyncExternalStore } from 'react';
import { caseFromUrlSearch } from '@/lib/workspace/case-query';
import type { CaseState } from '@/lib/workspace/case-state';

const KEY = 'numbdx:last-case';
const EVENT = 'numbdx:last-case';

/** Remembers the workspace URL of the case ("/" or empty forgets it). */
export function saveLastCase(url: string): void {
  try {
    if (url === '/' || url === '') sessionStorage.removeItem(KEY);
    else sessionStorage.setItem(KEY, url);
    window.dispatchEvent(new Event(EVENT));
  } catch {
    // Storage can be disabled (private modes): the links then simply start afresh.
  }
}

function read(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}

/** The last case's workspace URL, or null (always null while rendering on the server). */
export function useLastCaseUrl(): string | null {
  return useSyncExternalStore(subscribe, read, () => null);
}

/** The last case, read back from its URL, or null. */
export function lastCaseOf(url: string | null): CaseState | null {
  return url ? caseFromUrlSearch(url.split('?')[1] ?? '') : null;
}
