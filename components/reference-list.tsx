import type { CatalogReference } from '@/lib/catalog/types';

/** One reference as a citation line, linked to its DOI or URL. */
export function Citation({ reference }: { reference: CatalogReference }) {
  const href = reference.doi ? `https://doi.org/${reference.doi}` : reference.url;
  const title = href ? <a href={href}>{reference.title}</a> : reference.title;
  return (
    <>
      {title}. {reference.publisher}, {reference.year}. <span className="muted">({reference.kind})</span>
    </>
  );
}

/** The references an entry cites. */
export function ReferenceList({ references }: { references: readonly CatalogReference[] }) {
  if (references.length === 0) return <p className="muted">None listed.</p>;
  return (
    <ol className="references">
      {references.map((reference) => (
        <li key={reference.id} id={`ref-${reference.id}`}>
          <Citation reference={reference} />
        </li>
      ))}
    </ol>
  );
}
