import type { Metadata } from 'next';
import Link from 'next/link';
import { TEST_KIND_LABEL, labelOf } from '@/lib/workspace/catalog-words';
import { listTests } from '@/lib/catalog';
import { TEST_KINDS } from '@/lib/vocabulary';
import { ListSearchBox } from '@/components/list-search-box';
import { LiveListFilter } from '@/components/live-list-filter';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Tests' };

/** Every test in the catalog, grouped by kind: bedside first, then laboratory, imaging, neurophysiology. */
export default async function TestsPage() {
  const tests = await listTests();
  return (
    <>
      <h1>Tests</h1>
      <p className="lede">What each test shows, when to order it, the thresholds that matter, and the causes it helps with.</p>
      <ListSearchBox id="test-q" label="Search tests" placeholder="e.g. MRI, B12, glucose, INR" />
      <LiveListFilter inputId="test-q" targetId="test-list" noun={['test', 'tests']} />
      <div id="test-list">
      {TEST_KINDS.map((kind) => (
        <section key={kind} aria-labelledby={`kind-${kind}`} data-filter-group>
          <h2 id={`kind-${kind}`}>{labelOf(kind, TEST_KIND_LABEL)}</h2>
          <ul className="reference-list">
            {tests
              .filter((test) => test.kind === kind)
              .map((test) => (
                <li key={test.id} data-search={[test.name, ...test.synonyms, test.shows].join(' ')}>
                  <Link href={`/tests/${test.id}`}>{test.name}</Link>
                  <p className="small muted">{test.shows}</p>
                </li>
              ))}
          </ul>
        </section>
      ))}
      </div>
    </>
  );
}
