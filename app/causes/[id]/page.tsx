import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CATEGORY_LABEL, PREVALENCE_LABEL, SEX_LABEL, TEST_KIND_LABEL, TEST_ROLE_LABEL, TREATMENT_LINE_LABEL, labelOf } from '@/lib/workspace/catalog-words';
import { CauseFindingsTable } from '@/components/cause-findings-table';
import { CodingList } from '@/components/coding-list';
import { ReferenceList } from '@/components/reference-list';
import { MustNotMissBadge, UrgencyBadge } from '@/components/urgency-badge';
import { CantMissLegend } from '@/components/cant-miss-legend';
import { ADVICE_KIND_LABEL, getCatalogSnapshot, getCause, listAdviceForCauses } from '@/lib/catalog';
import { BackToCase } from '@/components/back-to-case';
import { CauseSummaryBox } from '@/components/cause-summary-box';
import { EvidenceLegend } from '@/components/evidence-legend';
import { CaseTreatmentFlag } from '@/components/case-treatment-flag';

// Rendered per request from the in-memory catalog: each answer carries its own CSP nonce (proxy.ts).
export const dynamic = 'force-dynamic';

const OUTLINE = [
  ['key-features', 'Key features'],
  ['findings', 'Findings'],
  ['workup', 'Workup'],
  ['treatment', 'Treatment'],
  ['prognosis', 'Prognosis'],
  ['advice', 'Advice for the patient'],
  ['references', 'References'],
] as const;

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const cause = await getCause((await params).id);
  return { title: cause ? cause.name : 'Cause not found' };
}

function BulletList({ items }: { items: readonly string[] }) {
  return items.length === 0 ? <p className="muted">None listed.</p> : <ul>{items.map((item) => <li key={item}>{item}</li>)}</ul>;
}

/** One cause: how it presents, what points to it, how to confirm and treat it, with sources. */
export default async function CausePage({ params }: Props) {
  const cause = await getCause((await params).id);
  if (!cause) notFound();
  const advice = await listAdviceForCauses([cause.id]);
  const { findingById, treatmentById } = await getCatalogSnapshot();
  const named = (ids: readonly string[] = []) => ids.map((id) => ({ id, label: findingById.get(id)?.label ?? id }));
  const age = `${cause.typicalAge.min}–${cause.typicalAge.max} years${cause.typicalAge.peak ? ` (peak ${cause.typicalAge.peak})` : ''}`;
  return (
    <article>
      <BackToCase />
      <p className="breadcrumb">
        <Link href="/causes">Causes</Link> ›
      </p>
      <h1>{cause.name}</h1>
      <p>
        <UrgencyBadge urgency={cause.urgency} /> {cause.cantMiss ? <MustNotMissBadge /> : null}{' '}
        <span className="muted">{labelOf(cause.category, CATEGORY_LABEL)}</span>
      </p>
      {cause.cantMiss ? <CantMissLegend /> : null}
      <p className="lede">{cause.summary}</p>
      <CauseSummaryBox cause={cause} />
      <nav aria-label="On this page" className="outline">
        <ul>
          {OUTLINE.map(([id, text]) => (
            <li key={id}>
              <a href={`#${id}`}>{text}</a>
            </li>
          ))}
        </ul>
      </nav>
      {cause.synonyms.length > 0 ? <p className="muted small">Also called: {cause.synonyms.join('; ')}</p> : null}
      <dl className="facts">
        <dt>Prevalence</dt>
        <dd>{labelOf(cause.prevalenceTier, PREVALENCE_LABEL)}</dd>
        <dt>Typical age</dt>
        <dd>{age}</dd>
        <dt>Sex</dt>
        <dd>{labelOf(cause.typicalSex, SEX_LABEL)}</dd>
        <dt>Onset</dt>
        <dd>{cause.onset}</dd>
        <dt>Course</dt>
        <dd>{cause.course}</dd>
        <dt>Side</dt>
        <dd>{cause.laterality}</dd>
        <dt>Distribution</dt>
        <dd>{cause.distribution}</dd>
      </dl>

      <h2 id="key-features">Key features</h2>
      <BulletList items={cause.keyFeatures} />

      <h2 id="findings">Findings</h2>
      <CauseFindingsTable findings={cause.findings} />

      <div className="columns">
        <section aria-labelledby="distinguishing-heading">
          <h2 id="distinguishing-heading">Distinguishing features</h2>
          <BulletList items={cause.distinguishing} />
        </section>
        <section aria-labelledby="pitfalls-heading">
          <h2 id="pitfalls-heading">Pitfalls</h2>
          <BulletList items={cause.pitfalls} />
        </section>
      </div>

      <h2 id="workup">Workup</h2>
      <div className="table-wrap table-cards">
        <table>
          <thead>
            <tr>
              <th scope="col">Test</th>
              <th scope="col">Kind</th>
              <th scope="col">Role</th>
              <th scope="col">Result that supports it</th>
            </tr>
          </thead>
          <tbody>
            {cause.tests.map((test) => (
              <tr key={test.testId}>
                <td>
                  <Link href={`/tests/${test.testId}`}>{test.name}</Link>
                </td>
                <td data-label="Kind">{labelOf(test.kind, TEST_KIND_LABEL)}</td>
                <td data-label="Role">{labelOf(test.role, TEST_ROLE_LABEL)}</td>
                <td data-label="Supports it">{test.supportingResult}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="treatment">Treatment</h2>
      <EvidenceLegend />
      {cause.treatments.map((group) => (
        <section key={group.line} aria-labelledby={`line-${group.line}`}>
          <h3 id={`line-${group.line}`}>{labelOf(group.line, TREATMENT_LINE_LABEL)}</h3>
          <ul>
            {group.entries.map((entry) => (
              <li key={entry.treatmentId}>
                <Link href={`/treatments/${entry.treatmentId}`}>{entry.name}</Link>{' '}
                <CaseTreatmentFlag
                  contraindicated={named(treatmentById.get(entry.treatmentId)?.contraindicatedFindings)}
                  caution={named(treatmentById.get(entry.treatmentId)?.cautionFindings)}
                />{' '}
                <span className="muted small">
                  evidence {entry.evidenceLevel}
                  {entry.dose ? ` · ${entry.dose}` : ''}
                </span>
                {entry.notes ? <p className="small">{entry.notes}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}

      <h2 id="prognosis">Prognosis</h2>
      <p>{cause.prognosis}</p>
      <p>
        <strong>Reversibility: </strong>
        {cause.reversibility}
      </p>

      <h2>Prevention</h2>
      <BulletList items={cause.prevention} />

      <h2 id="advice">Advice for the patient</h2>
      {advice.length === 0 ? <p className="muted">No patient advice names this cause yet.</p> : null}
      <ul>
        {advice.map((entry) => (
          <li key={entry.id}>
            <strong>{ADVICE_KIND_LABEL[entry.kind]}:</strong> <Link href={`/advice#advice-entry-${entry.id}`}>{entry.title}</Link>
          </li>
        ))}
      </ul>

      <h2>Codes</h2>
      <CodingList codes={cause.codes} />

      <h2 id="references">References</h2>
      <ReferenceList references={cause.references} />
      <p className="muted small">Last reviewed {cause.lastReviewed}.</p>
    </article>
  );
}
