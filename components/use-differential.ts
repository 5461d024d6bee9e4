'use client';
// Keeps the differential in step with the case: one request per edit, the previous one aborted,
// the previous results shown until the new ones arrive.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DifferentialResponse } from '@/lib/catalog';
import { differentialQuery, WORKSPACE_CAUSE_LIMIT } from '@/lib/workspace/case-query';
import type { CaseState } from '@/lib/workspace/case-state';

/** Performance marks: a test (or a curious clinician) can read `numbdx:update` durations. */
export const UPDATE_MARK = 'numbdx:edit';
export const UPDATE_MEASURE = 'numbdx:update';

export type DifferentialStatus = 'idle' | 'loading' | 'error';

/** The latest differential for the case, its loading state, and `load` to request a new one. */
export function useDifferential(initial: DifferentialResponse) {
  const [result, setResult] = useState(initial);
  const [status, setStatus] = useState<DifferentialStatus>('idle');
  const controller = useRef<AbortController | null>(null);
  const pendingMeasure = useRef(false);

  const load = useCallback(async (state: CaseState) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    performance.clearMarks(UPDATE_MARK);
    performance.mark(UPDATE_MARK);
    setStatus('loading');
    try {
      const response = await fetch(`/api/differential?${differentialQuery(state, WORKSPACE_CAUSE_LIMIT)}`, {
        signal: current.signal,
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const next = (await response.json()) as DifferentialResponse;
      if (current.signal.aborted) return;
      pendingMeasure.current = true;
      setResult(next);
      setStatus('idle');
    } catch (error) {
      if (current.signal.aborted || (error instanceof DOMException && error.name === 'AbortError')) return;
      setStatus('error');
    }
  }, []);

  // Once the new results are painted (the task after the next frame): edit-to-screen time.
  useEffect(() => {
    if (!pendingMeasure.current) return;
    pendingMeasure.current = false;
    requestAnimationFrame(() => setTimeout(() => performance.measure(UPDATE_MEASURE, UPDATE_MARK), 0));
  }, [result]);

  useEffect(() => () => controller.current?.abort(), []);

  return { result, status, load };
}
