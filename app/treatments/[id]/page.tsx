import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { TREATMENT_KIND_LABEL, TREATMENT_LINE_LABEL, labelOf } from '@/lib/workspace/catalog-words';
import { CodingList } from '@/components/coding-list';
import { ReferenceList } from '@/components/reference-list';
import { UrgencyBadge } from '@/components/urgency-badge';
import { getCatalogSnapshot, getTreatment } from '@/lib/catalog';
import { BackToCase } from '@/components/back-to-case';
import { CaseTreatmentFlag } from '@/components/case-treatment-flag';
import { EvidenceLegend } from '@/components/evidence-legend';

// Rendered per request from the in-memory catalog: each answer carries its own CSP nonce (proxy.ts).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const treatment = await getTreatment((await params).id);
  return { title: treatment ? treatment.name : 'Treatment not found' };
}

function BulletList({ items, empty }: { items: readonly string[]; empty: string }) {
  return items.length === 0 ? <p className="muted">{empty}</p> : <ul>{items.map((item) => <li key={item}>{item}</li>)}</ul>;
}

/** One treatment: how it works, cautions, and the causes it treats with line, dose and evidence. */
export default async function TreatmentPage({ params }: Props) {
  const treatment = await getTreatment((await params).id);
  if (!treatment) notFound();
  const { findingById } = await getCatalogSnapshot();
  const named = (ids: readonly string[] = []) => ids.map((id) => ({ id, label: findingById.get(id)?.label ?? id }));
  const contraindicated = named(treatment.contraindicatedFindings);
  const caution = named(treatment.cautionFindings);
  return (
    <article>
      <BackToCase />
      <p className="breadcrumb">
        <Link href="/treatments">Treatments</Link> ›
      </p>
      <h1>{treatment.name}</h1>
      <CaseTreatmentFlag contraindicated={contraindicated} caution={caution} />
      {contraindicated.length + caution.length > 0 ? (
        <p className="small">
          {contraindicated.length > 0 ? <>Contraindicated with: {contraindicated.map((f) => f.label).join(', ')}. </> : null}
          {caution.length > 0 ? <>Caution with: {caution.map((f) => f.label).join(', ')}.</> : null}
        </p>
      ) : null}
      <p className="muted">{labelOf(treatment.kind, TREATMENT_KIND_LABEL)}</p>
      {treatment.synonyms.length > 0 ? <p className="muted small">Also called: {treatment.synonyms.join('; ')}</p> : null}
      <h2>How it works</h2>
      <p>{treatment.mechanism}</p>
      <div className="columns">
        <section aria-labelledby="cautions-heading">
          <h2 id="cautions-heading">Cautions</h2>
          <BulletList items={treatment.cautions} empty="None listed." />
        </section>
        <section aria-labelledby="contraindications-heading">
          <h2 id="contraindications-heading">Contraindications</h2>
          <BulletList items={treatment.contraindications} empty="None listed." />
        </section>
      </div>
      <h2>Used for</h2>
      <EvidenceLegend />
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Cause</th>
              <th scope="col">Line</th>
              <th scope="col">Evidence</th>
              <th scope="col">Dose and notes</th>
            </tr>
          </thead>
          <tbody>
            {treatment.causes.map((cause) => (
              <tr key={cause.causeId}>
                <td>
                  <Link href={`/causes/${cause.causeId}`}>{cause.name}</Link> <UrgencyBadge urgency={cause.urgency} />
                </td>
                <td>{labelOf(cause.line, TREATMENT_LINE_LABEL)}</td>
                <td>{cause.evidenceLevel}</td>
                <td>{[cause.dose, cause.notes].filter(Boolean).join(' — ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Codes</h2>
      <CodingList codes={treatment.codes} />
      <h2>References</h2>
      <ReferenceList references={treatment.references} />
    </article>
  );
}
