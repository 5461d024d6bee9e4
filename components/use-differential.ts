'use client';
// Keeps the differential in step with the case. Every edit is ranked in the browser by the same
// engine code the server runs, and the case never leaves the page: there is no server fallback.
// Until the local catalog has loaded, an edit waits for it; if it cannot load, the clinician is
// told and the previous results stay until it does.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DifferentialResponse } from '@/lib/catalog/differential';
import { WORKSPACE_CAUSE_LIMIT } from '@/lib/workspace/case-query';
import type { CaseState } from '@/lib/workspace/case-state';
import { loadLocalCatalog, useLocalCatalog } from './use-local-catalog';

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
  const version = initial.catalogVersion;
  const local = useLocalCatalog(version);
  const localRef = useRef(local);
  useEffect(() => {
    localRef.current = local;
  }, [local]);

  const show = useCallback((next: DifferentialResponse) => {
    awaitingLocal.current = null;
    pendingMeasure.current = true;
    setResult(next);
    setStatus('idle');
  }, []);

  const load = useCallback(
    async (state: CaseState) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      performance.clearMarks(UPDATE_MARK);
      performance.mark(UPDATE_MARK);
      awaitingLocal.current = state;
      // Ranked synchronously once the engine is in, so the answer paints with the edit.
      let engine = localRef.current;
      if (!engine) {
        setStatus('loading');
        // Offline, the catalog may still come from the service worker's cache; if it cannot be had
        // now, the case waits for it (the effect below) and the clinician is told.
        engine = await loadLocalCatalog(version);
        if (current.signal.aborted) return;
      }
      if (!engine) {
        setStatus('error');
        return;
      }
      try {
        show(engine.rank(state));
      } catch {
        // A case this catalog rejects (an id from another catalog version): the previous results stay.
        setStatus('error');
      }
    },
    [version, show],
  );

  // A case left unanswered (offline, a workspace reloaded from the service worker's cache, the
  // catalog failing once): rank it here once the catalog is in.
  useEffect(() => {
    const waiting = awaitingLocal.current;
    if (local && waiting) void load(waiting);
  }, [local, load]);

  // The server sent only the first causes of the opened case: once the catalog has loaded, the
  // whole ranking is computed here and shown until an edit replaces the result.
  const completed = useMemo(() => {
    if (!local || initial.causes.length >= Math.min(initial.totalCauses, WORKSPACE_CAUSE_LIMIT)) return null;
    try {
      return local.rank(initialCase);
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
