'use client';
// Keeps the differential in step with the case. Once the catalog has loaded in the browser, every
// edit is ranked here by the same engine code the server runs, and the case never leaves the page;
// until then (or if it cannot load) one API request per edit, the previous one aborted.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { differentialOn, type DifferentialResponse } from '@/lib/catalog/differential';
import { differentialCase, differentialQuery, WORKSPACE_CAUSE_LIMIT } from '@/lib/workspace/case-query';
import type { CaseState } from '@/lib/workspace/case-state';
import { useLocalCatalog } from './use-local-catalog';

/** Performance marks: a test (or a curious clinician) can read `numbdx:update` durations. */
export const UPDATE_MARK = 'numbdx:edit';
export const UPDATE_MEASURE = 'numbdx:update';

export type DifferentialStatus = 'idle' | 'loading' | 'error';

/** The latest differential for the case, its loading state, and `load` to request a new one. */
export function useDifferential(initial: DifferentialResponse, initialCase: CaseState) {
  const [result, setResult] = useState(initial);
  const [status, setStatus] = useState<DifferentialStatus>('idle');
  const controller = useRef<AbortController | null>(null);
  const pendingMeasure = useRef(false);
  // The last case not yet ranked by the local catalog (null once an answer is shown).
  const awaitingLocal = useRef<CaseState | null>(null);
  const local = useLocalCatalog(initial.catalogVersion);
  const localRef = useRef(local);
  useEffect(() => {
    localRef.current = local;
  }, [local]);

  const load = useCallback(async (state: CaseState) => {
    controller.current?.abort();
    performance.clearMarks(UPDATE_MARK);
    performance.mark(UPDATE_MARK);
    const snapshot = localRef.current;
    awaitingLocal.current = state;
    if (snapshot) {
      try {
        const next = differentialOn(snapshot, differentialCase(state, WORKSPACE_CAUSE_LIMIT));
        awaitingLocal.current = null;
        pendingMeasure.current = true;
        setResult(next);
        setStatus('idle');
        return;
      } catch {
        // A case the local catalog rejects: the API answers it (and says why) below.
      }
    }
    const current = new AbortController();
    controller.current = current;
    setStatus('loading');
    // Offline the API cannot answer: the local catalog (from the service worker's cache) will, once built.
    if (!navigator.onLine) return;
    try {
      const response = await fetch(`/api/differential?${differentialQuery(state, WORKSPACE_CAUSE_LIMIT)}`, {
        signal: current.signal,
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const next = (await response.json()) as DifferentialResponse;
      if (current.signal.aborted) return;
      awaitingLocal.current = null;
      pendingMeasure.current = true;
      setResult(next);
      setStatus('idle');
    } catch (error) {
      if (current.signal.aborted || (error instanceof DOMException && error.name === 'AbortError')) return;
      setStatus('error');
    }
  }, []);

  // A case sent to the API before the local catalog loaded, still unanswered or failed (offline,
  // a workspace reloaded from the service worker's cache): rank it here once the catalog is in.
  useEffect(() => {
    const waiting = awaitingLocal.current;
    if (local && waiting) void load(waiting);
  }, [local, load]);

  // The server sent only the first causes of the opened case: once the catalog has loaded, the
  // whole ranking is computed here and shown until an edit replaces the result.
  const completed = useMemo(() => {
    if (!local || initial.causes.length >= Math.min(initial.totalCauses, WORKSPACE_CAUSE_LIMIT)) return null;
    try {
      return differentialOn(local, differentialCase(initialCase, WORKSPACE_CAUSE_LIMIT));
    } catch {
      return null;
    }
  }, [local, initial, initialCase]);

  // Once the new results are painted (the task after the next frame): edit-to-screen time.
  useEffect(() => {
    if (!pendingMeasure.current) return;
    pendingMeasure.current = false;
    requestAnimationFrame(() => setTimeout(() => performance.measure(UPDATE_MEASURE, UPDATE_MARK), 0));
  }, [result]);

  useEffect(() => () => controller.current?.abort(), []);

  return { result: result === initial && completed ? completed : result, status, load, local: local !== null };
}
