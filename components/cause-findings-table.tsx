import Link from 'next/link';
import type { CauseDetail } from '@/lib/catalog';
import type { CatalogReference, Evidence } from '@/lib/catalog/types';
import { formatRatio } from '@/lib/format';
import { FINDING_KIND_LABEL, labelOf } from '@/lib/workspace/catalog-words';

/** Evidence for a probability: cited with its source, or marked as the authors' estimate. */
export function EvidenceNote({ evidence, reference }: { evidence: Evidence; reference: CatalogReference | null }) {
  if (evidence === 'published' && reference) {
    const href = reference.doi ? `https://doi.org/${reference.doi}` : reference.url;
    const title = reference.title.length > 60 ? `${reference.title.slice(0, 57)}…` : reference.title;
    return (
      <span className="evidence-cited">
        Cited: {href ? <a href={href}>{title}</a> : title} ({reference.year})
      </span>
    );
  }
  return <span className="evidence-estimated">{evidence === 'published' ? 'Cited' : 'Estimated'}</span>;
}

/** The findings of a cause with P(finding | cause), LR+ and whether the number is cited or estimated. */
export function CauseFindingsTable({ findings }: { findings: CauseDetail['findings'] }) {
  return (
    <div className="table-wrap table-cards">
      <table>
        <caption className="visually-hidden">Findings, how often they occur with this cause, and their likelihood ratio</caption>
        <thead>
          <tr>
            <th scope="col">Finding</th>
            <th scope="col">Kind</th>
            <th scope="col">P(finding | cause)</th>
            <th scope="col">LR+</th>
            <th scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((finding) => (
            <tr key={finding.findingId}>
              <td>
                <Link href={`/findings/${finding.findingId}`}>{finding.label}</Link>
                {finding.note ? <span className="muted small"> — {finding.note}</span> : null}
              </td>
              <td data-label="Kind">{labelOf(finding.kind, FINDING_KIND_LABEL)}</td>
              <td className="number" data-label="P(finding | cause)">{Math.round(finding.probability * 100)}%</td>
              <td className="number" data-label="LR+">{formatRatio(finding.likelihoodRatio)}</td>
              <td data-label="Evidence">
                <EvidenceNote evidence={finding.evidence} reference={finding.reference} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
