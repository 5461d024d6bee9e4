import type { Metadata } from 'next';
import Link from 'next/link';
import { FINDING_KIND_LABEL, labelOf } from '@/lib/workspace/catalog-words';
import { listFindings, searchCatalogFindings } from '@/lib/catalog';
import type { CatalogFinding } from '@/lib/catalog/types';
import { FINDING_KINDS } from '@/lib/vocabulary';
import { findingSearchFromSearchParams, zFindingSearchQuery } from '@/lib/schemas/api';
import { LiveListFilter } from '@/components/live-list-filter';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Findings' };

const KIND_ORDER = FINDING_KINDS;

function FindingItems({ findings }: { findings: readonly CatalogFinding[] }) {
  return (
    <ul className="reference-list">
      {findings.map((finding) => (
        <li key={finding.id} data-search={[finding.label, ...finding.synonyms].join(' ')}>
          <Link href={`/findings/${finding.id}`}>{finding.label}</Link>
          {finding.synonyms.length > 0 ? <span className="muted small"> · {finding.synonyms.slice(0, 4).join('; ')}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** Every finding the workspace knows, by kind, with a search over labels, synonyms and abbreviations. */
export default async function FindingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = zFindingSearchQuery.safeParse({ ...findingSearchFromSearchParams(await searchParams), limit: 50 });
  const q = parsed.success ? parsed.data.q : undefined;
  const findings = q ? (await searchCatalogFindings(q, 50)).map((hit) => hit.finding) : await listFindings();
  return (
    <>
      <h1>Findings</h1>
      <p className="lede">Symptoms, history, signs and results, each with the causes it points to and the differential it gives on its own.</p>
      <form className="filters" method="get" action="/findings" role="search" aria-label="Search findings">
        <div className="field">
          <label htmlFor="finding-q">Search (labels, synonyms, abbreviations)</label>
          <input id="finding-q" name="q" type="search" defaultValue={q ?? ''} placeholder="e.g. SLR, saddle, B12" />
        </div>
        <button type="submit" className="button">
          Search
        </button>
        {q ? (
          <Link href="/findings" className="button button-quiet">
            Clear
          </Link>
        ) : null}
      </form>
      <p role="status" className="muted">
        {q ? `${findings.length} finding${findings.length === 1 ? '' : 's'} match “${q}”, best first.` : `${findings.length} findings.`}
      </p>
      {/* Typing filters the list at once; Search (or Enter) runs the full search with typos and ranking. */}
      <LiveListFilter inputId="finding-q" targetId="finding-list" noun={['finding', 'findings']} />
      <div id="finding-list">
      {q ? (
        <FindingItems findings={findings} />
      ) : (
        <>
          <nav aria-label="Kinds of finding">
            <ul className="kind-nav">
              {KIND_ORDER.map((kind) => (
                <li key={kind}>
                  <a href={`#kind-${kind}`}>{labelOf(kind, FINDING_KIND_LABEL)}</a>
                </li>
              ))}
            </ul>
          </nav>
          {KIND_ORDER.map((kind) => (
            <section key={kind} aria-labelledby={`kind-${kind}`} data-filter-group>
              <h2 id={`kind-${kind}`}>{labelOf(kind, FINDING_KIND_LABEL)}</h2>
              <FindingItems findings={findings.filter((f) => f.kind === kind)} />
            </section>
          ))}
        </>
      )}
      </div>
    </>
  );
}
