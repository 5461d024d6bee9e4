import Link from 'next/link';
import { memo } from 'react';
import type { RankedCause } from '@/lib/catalog';
import { DIFFERENTIAL_SHOWN_FIRST } from '@/lib/workspace/differential-display';
import { DifferentialEntry } from './differential-entry';
import { useOpenedOnce } from './use-opened-once';

const SHOWN_FIRST = DIFFERENTIAL_SHOWN_FIRST;

/** The ranked differential: the first ten, the next ones behind a disclosure (until they arrive, a word on where they are). */
export const DifferentialList = memo(function DifferentialList({
  causes,
  totalCauses,
  cantMissIds,
}: {
  causes: readonly RankedCause[];
  totalCauses: number;
  /** The causes on the can't-miss list: the one meaning of the badge. */
  cantMissIds: ReadonlySet<string>;
}) {
  const first = causes.slice(0, SHOWN_FIRST);
  const more = causes.slice(SHOWN_FIRST);
  // The tail is rendered once first opened: every edit would otherwise re-render ~70 hidden entries.
  const tail = useOpenedOnce();
  // The server sends the first ten; the page ranks the rest once its catalog has loaded.
  const notYet = more.length === 0 && causes.length < totalCauses;
  return (
    <section aria-labelledby="differential-heading" className="panel">
      <h2 id="differential-heading">Differential</h2>
      <p className="muted small">
        Probability among the {totalCauses} causes in the catalog, computed from catalog figures that are mostly the
        authors&rsquo; estimates (each cause page says which are cited). Open a cause for the findings for and against it.
      </p>
      <ol className="dx-list">
        {first.map((cause, i) => (
          <DifferentialEntry key={cause.id} cause={cause} rank={i + 1} cantMiss={cantMissIds.has(cause.id)} />
        ))}
      </ol>
      {more.length > 0 ? (
        <details className="dx-more" ref={tail.ref} onToggle={tail.onToggle}>
          <summary>
            Show causes {SHOWN_FIRST + 1}–{SHOWN_FIRST + more.length} (all {totalCauses})
          </summary>
          {tail.opened ? (
            <ol className="dx-list" start={SHOWN_FIRST + 1}>
              {more.map((cause, i) => (
                <DifferentialEntry key={cause.id} cause={cause} rank={SHOWN_FIRST + i + 1} cantMiss={cantMissIds.has(cause.id)} />
              ))}
            </ol>
          ) : null}
        </details>
      ) : notYet ? (
        <p className="muted small">
          The other {totalCauses - causes.length} causes are ranked once the page has loaded; all are in the <Link href="/causes">cause list</Link>.
        </p>
      ) : null}
    </section>
  );
});
