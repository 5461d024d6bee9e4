'use client';
// Names for finding and cause ids: what the server sent, what the clinician picked, and what the
// latest differential mentions; an id read as words as the last resort.
import { useCallback, useMemo, useState } from 'react';
import type { DifferentialResponse } from '@/lib/catalog';
import { humaniseId } from '@/lib/humanise-id';

/** `labelOf` and `causeName` lookups, and `remember` for labels learned from the picker. */
export function useFindingLabels(initial: Record<string, string>, result: DifferentialResponse) {
  const [labels, setLabels] = useState(initial);
  const fromResult = useMemo(() => {
    const found: Record<string, string> = {};
    for (const cause of result.causes) for (const f of [...cause.supporting, ...cause.against]) found[f.findingId] = f.label;
    for (const f of result.nextFindings) found[f.findingId] = f.label;
    return found;
  }, [result]);
  const causeNames = useMemo(() => new Map([...result.cantMiss, ...result.causes].map((c) => [c.id, c.name])), [result]);

  const remember = useCallback(
    (id: string, label: string) => setLabels((known) => (known[id] === label ? known : { ...known, [id]: label })),
    [],
  );
  const labelOf = useCallback((id: string) => labels[id] ?? fromResult[id] ?? humaniseId(id), [labels, fromResult]);
  const causeName = useCallback((id: string) => causeNames.get(id) ?? humaniseId(id), [causeNames]);
  return { labelOf, causeName, remember };
}
