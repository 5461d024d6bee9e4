import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FINDING_KIND_LABEL, labelOf } from '@/lib/workspace/catalog-words';
import { EvidenceNote } from '@/components/cause-findings-table';
import { CodingList } from '@/components/coding-list';
import { ProbabilityBar } from '@/components/probability-bar';
import { UrgencyBadge } from '@/components/urgency-badge';
import { getDifferential, getFinding } from '@/lib/catalog';
import { formatRatio } from '@/lib/format';

// Rendered per request from the in-memory catalog: each answer carries its own CSP nonce (proxy.ts).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const finding = await getFinding((await params).id);
  return { title: finding ? finding.label : 'Finding not found' };
}

/** One finding: what it means, the causes it points to, and the differential it gives on its own. */
export default async function FindingPage({ params }: Props) {
  const finding = await getFinding((await params).id);
  if (!finding) notFound();
  const alone = await getDifferential({ present: [finding.id], absent: [], limit: 10 });
  return (
    <article>
      <p className="breadcrumb">
        <Link href="/findings">Findings</Link> ›
      </p>
      <h1>{finding.label}</h1>
      <p className="muted">{labelOf(finding.kind, FINDING_KIND_LABEL)}</p>
      {finding.description ? <p className="lede">{finding.description}</p> : null}
      <dl className="facts">
        {finding.synonyms.length > 0 ? (
          <>
            <dt>Also called</dt>
            <dd>{finding.synonyms.join('; ')}</dd>
          </>
        ) : null}
        {finding.region ? (
          <>
            <dt>Region</dt>
            <dd>{finding.region}</dd>
          </>
        ) : null}
        <dt>How common</dt>
        <dd>
          In about {Math.round(finding.backgroundFrequency * 100)}% of patients presenting with leg numbness (
          {finding.backgroundEvidence === 'estimate' ? 'estimated' : 'cited'})
        </dd>
      </dl>
      {finding.redFlags.length > 0 ? (
        <p className="notice">
          <strong>Part of a red flag: </strong>
          {finding.redFlags.map((flag) => `${flag.name} (${flag.level})`).join('; ')}
        </p>
      ) : null}

      <h2>The differential for this finding alone</h2>
      <p>
        <Link href={`/?present=${finding.id}`}>Open in the workspace</Link> to add more.
      </p>
      <ol className="ranked-list">
        {alone.causes.map((cause) => (
          <li key={cause.id}>
            <Link href={`/causes/${cause.id}`}>{cause.name}</Link>
            <UrgencyBadge urgency={cause.urgency} />
            <ProbabilityBar value={cause.probability} />
          </li>
        ))}
      </ol>

      <h2>Causes this finding points to</h2>
      <p className="muted">
        LR+ and LR− are the weights the differential gives this finding alone: P(finding | cause) over its frequency across the catalog&rsquo;s
        causes in primary care, weighted by how common each cause is.
      </p>
      {finding.causes.length === 0 ? (
        <p className="muted">No cause in the catalog lists this finding.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Cause</th>
                <th scope="col">P(finding | cause)</th>
                <th scope="col">LR+ if present</th>
                <th scope="col">LR− if absent</th>
                <th scope="col">Evidence</th>
              </tr>
            </thead>
            <tbody>
              {finding.causes.map((cause) => (
                <tr key={cause.causeId}>
                  <td>
                    <Link href={`/causes/${cause.causeId}`}>{cause.name}</Link> <UrgencyBadge urgency={cause.urgency} />
                  </td>
                  <td className="number">{Math.round(cause.probability * 100)}%</td>
                  <td className="number">{formatRatio(cause.likelihoodRatio)}</td>
                  <td className="number">{formatRatio(cause.negativeLikelihoodRatio)}</td>
                  <td>
                    <EvidenceNote evidence={cause.evidence} reference={cause.reference} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>Codes</h2>
      <CodingList codes={finding.codes} />
    </article>
  );
}
