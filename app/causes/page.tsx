import type { Metadata } from 'next';
import Link from 'next/link';
import { CATEGORY_LABEL, labelOf } from '@/lib/workspace/catalog-words';
import { MustNotMissBadge, UrgencyBadge } from '@/components/urgency-badge';
import { CantMissLegend } from '@/components/cant-miss-legend';
import { getCatalogSnapshot, listCauses } from '@/lib/catalog';
import { LiveListFilter } from '@/components/live-list-filter';

/** A linked finding this likely counts among a cause's key features for the search ("foot drop" → L5 radiculopathy). */
const KEY_FEATURE_PROBABILITY = 0.2;
import { causeListFromSearchParams, zCauseListQuery } from '@/lib/schemas/api';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Causes' };

const URGENCY_OPTIONS = [
  { value: 'emergency', label: 'Emergency' },
  { value: 'urgent', label: 'Urgent' },
  { value: 'routine', label: 'Routine' },
];

/** Every cause in the catalog, filtered by category, urgency and words (a plain GET form). */
export default async function CausesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = zCauseListQuery.safeParse(causeListFromSearchParams(await searchParams));
  const filter = parsed.success ? parsed.data : {};
  const causes = await listCauses(filter);
  const filtered = Boolean(filter.category || filter.urgency || filter.q);
  const { findingLinks, findingById } = await getCatalogSnapshot();
  const keyFeatures = (causeId: string) =>
    findingLinks
      .filter((l) => l.causeId === causeId && l.probability >= KEY_FEATURE_PROBABILITY)
      .flatMap((l) => {
        const f = findingById.get(l.findingId);
        return f ? [f.label, ...f.synonyms] : [];
      });
  return (
    <>
      <h1>Causes of lower-limb numbness</h1>
      <p className="lede">Each cause with its urgency, key features, findings, workup and treatment. Emergencies first.</p>
      <CantMissLegend />
      <form className="filters" method="get" action="/causes" role="search" aria-label="Filter causes">
        <div className="field">
          <label htmlFor="cause-q">Words</label>
          <input id="cause-q" name="q" type="search" defaultValue={filter.q ?? ''} placeholder="e.g. disc, B12, G57" />
        </div>
        <div className="field">
          <label htmlFor="cause-category">Category</label>
          <select id="cause-category" name="category" defaultValue={filter.category ?? ''}>
            <option value="">All categories</option>
            {Object.entries(CATEGORY_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="cause-urgency">Urgency</label>
          <select id="cause-urgency" name="urgency" defaultValue={filter.urgency ?? ''}>
            <option value="">Any urgency</option>
            {URGENCY_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Filter
        </button>
        {filtered ? (
          <Link href="/causes" className="button button-quiet">
            Clear
          </Link>
        ) : null}
      </form>
      {!parsed.success ? <p className="notice">Part of the filter could not be read, so all causes are shown.</p> : null}
      <p role="status" className="muted">
        {causes.length === 1 ? '1 cause' : `${causes.length} causes`}
        {filtered ? ' match' : ''}.
      </p>
      <LiveListFilter inputId="cause-q" targetId="cause-list" noun={['cause', 'causes']} />
      <ul className="reference-list" id="cause-list">
        {causes.map((cause) => (
          <li key={cause.id} data-search={[cause.name, ...cause.synonyms, ...cause.icd10, cause.summary, ...keyFeatures(cause.id)].join(' ')}>
            <Link href={`/causes/${cause.id}`}>
              <strong>{cause.name}</strong>
            </Link>{' '}
            <UrgencyBadge urgency={cause.urgency} /> {cause.cantMiss ? <MustNotMissBadge /> : null}{' '}
            <span className="muted small">
              {labelOf(cause.category, CATEGORY_LABEL)}
              {cause.icd10.length > 0 ? ` · ICD-10-CM ${cause.icd10.join(', ')}` : ''}
            </span>
            <p className="small">{cause.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
