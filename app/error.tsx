'use client';

import Link from 'next/link';

/** A page that failed to render: say so plainly, keep the case in the address bar, offer a retry. */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1>This page could not be shown</h1>
      <p>
        Something went wrong while drawing it. Nothing you entered was stored: the case stays in the address bar, and trying again
        recomputes it.
      </p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>{' '}
        · <Link href="/">New differential</Link> · <Link href="/causes">Browse causes</Link>
      </p>
    </>
  );
}
