import type { Metadata } from 'next';
import Link from 'next/link';
import { TREATMENT_KIND_LABEL, labelOf } from '@/lib/workspace/catalog-words';
import { listTreatments } from '@/lib/catalog';
import { TREATMENT_KINDS } from '@/lib/vocabulary';
import { ListSearchBox } from '@/components/list-search-box';
import { LiveListFilter } from '@/components/live-list-filter';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Treatments' };

/** Every treatment in the catalog, grouped by kind. */
export default async function TreatmentsPage() {
  const treatments = await listTreatments();
  const kinds = TREATMENT_KINDS.filter((kind) => treatments.some((t) => t.kind === kind));
  return (
    <>
      <h1>Treatments</h1>
      <p className="lede">How each treatment works, its cautions, and the causes it is used for, by line of treatment.</p>
      <ListSearchBox id="treatment-q" label="Search treatments" placeholder="e.g. gabapentin, NSAID, surgery" />
      <LiveListFilter inputId="treatment-q" targetId="treatment-list" noun={['treatment', 'treatments']} />
      <div id="treatment-list">
      {kinds.map((kind) => (
        <section key={kind} aria-labelledby={`kind-${kind}`} data-filter-group>
          <h2 id={`kind-${kind}`}>{labelOf(kind, TREATMENT_KIND_LABEL)}</h2>
          <ul className="reference-list">
            {treatments
              .filter((treatment) => treatment.kind === kind)
              .map((treatment) => (
                <li key={treatment.id} data-search={[treatment.name, ...treatment.synonyms].join(' ')}>
                  <Link href={`/treatments/${treatment.id}`}>{treatment.name}</Link>
                  <p className="small muted">{treatment.mechanism}</p>
                </li>
              ))}
          </ul>
        </section>
      ))}
      </div>
    </>
  );
}
