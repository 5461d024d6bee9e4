import { memo } from 'react';
import type { RankedCause } from '@/lib/catalog';
import { DifferentialEntry } from './differential-entry';

const SHOWN_FIRST = 10;

/** The ranked differential: the first ten, the next ones behind a disclosure. */
export const DifferentialList = memo(function DifferentialList({ causes, totalCauses }: { causes: readonly RankedCause[]; totalCauses: number }) {
  const first = causes.slice(0, SHOWN_FIRST);
  const more = causes.slice(SHOWN_FIRST);
  return (
    <section aria-labelledby="differential-heading" className="panel">
      <h2 id="differential-heading">Differential</h2>
      <p className="muted small">
        Probability among the {totalCauses} causes in the catalog, computed from catalog figures that are mostly the
        authors&rsquo; estimates (each cause page says which are cited). Open a cause for the findings for and against it.
      </p>
      <ol className="dx-list">
        {first.map((cause, i) => (
          <DifferentialEntry key={cause.id} cause={cause} rank={i + 1} />
        ))}
      </ol>
      {more.length > 0 ? (
        <details className="dx-more">
          <summary>Show causes {SHOWN_FIRST + 1}–{SHOWN_FIRST + more.length}</summary>
          <ol className="dx-list" start={SHOWN_FIRST + 1}>
            {more.map((cause, i) => (
              <DifferentialEntry key={cause.id} cause={cause} rank={SHOWN_FIRST + i + 1} />
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
});
