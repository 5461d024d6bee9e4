import Link from 'next/link';

/** Unknown page or catalog id. */
export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is no page here. The catalog may not hold this id, or the link is mistyped.</p>
      <p>
        <Link href="/">Back to the differential</Link> · <Link href="/causes">Browse causes</Link>
      </p>
    </>
  );
}
