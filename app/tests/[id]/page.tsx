import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { TEST_KIND_LABEL, TEST_ROLE_LABEL, labelOf } from '@/lib/workspace/catalog-words';
import { CodingList } from '@/components/coding-list';
import { ReferenceList } from '@/components/reference-list';
import { UrgencyBadge } from '@/components/urgency-badge';
import { getTest } from '@/lib/catalog';
import { BackToCase } from '@/components/back-to-case';

// Rendered per request from the in-memory catalog: each answer carries its own CSP nonce (proxy.ts).
export const dynamic = 'force-dynamic';

const TIMING_WORDS = { now: 'now, within minutes', today: 'today', outpatient: 'as an outpatient' } as const;

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const test = await getTest((await params).id);
  return { title: test ? test.name : 'Test not found' };
}

/** One test: what it shows, when to order it, its thresholds, and the causes it helps with. */
export default async function TestPage({ params }: Props) {
  const test = await getTest((await params).id);
  if (!test) notFound();
  return (
    <article>
      <BackToCase />
      <p className="breadcrumb">
        <Link href="/tests">Tests</Link> ›
      </p>
      <h1>{test.name}</h1>
      <p className="muted">{labelOf(test.kind, TEST_KIND_LABEL)}</p>
      {test.synonyms.length > 0 ? <p className="muted small">Also called: {test.synonyms.join('; ')}</p> : null}
      <h2>What it shows</h2>
      <p>{test.shows}</p>
      <h2>When to order it</h2>
      <p>{test.whenToOrder}</p>
      {test.timing ? <p className="muted small">Usually done: {TIMING_WORDS[test.timing]}.</p> : null}
      {test.pregnancy ? (
        <section aria-labelledby="pregnancy-heading" className="notice">
          <h2 id="pregnancy-heading">In pregnancy</h2>
          <p>{test.pregnancy}</p>
        </section>
      ) : null}
      <h2>Thresholds</h2>
      {test.thresholds.length === 0 ? (
        <p className="muted">No thresholds listed.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Result</th>
                <th scope="col">Interpretation</th>
              </tr>
            </thead>
            <tbody>
              {test.thresholds.map((threshold) => (
                <tr key={threshold.result}>
                  <td>{threshold.result}</td>
                  <td>{threshold.interpretation}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>Causes it helps with</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Cause</th>
              <th scope="col">Role</th>
              <th scope="col">Result that supports the cause</th>
            </tr>
          </thead>
          <tbody>
            {test.causes.map((cause) => (
              <tr key={cause.causeId}>
                <td>
                  <Link href={`/causes/${cause.causeId}`}>{cause.name}</Link> <UrgencyBadge urgency={cause.urgency} />
                </td>
                <td>{labelOf(cause.role, TEST_ROLE_LABEL)}</td>
                <td>{cause.supportingResult}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Codes</h2>
      <CodingList codes={test.codes} />
      <h2>References</h2>
      <ReferenceList references={test.references} />
    </article>
  );
}
