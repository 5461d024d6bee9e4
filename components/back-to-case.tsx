'use client';
import Link from 'next/link';
import { useLastCaseUrl } from './last-case';

/** "← Back to your case" on reference pages, when this tab holds a case. */
export function BackToCase() {
  const url = useLastCaseUrl();
  if (!url) return null;
  return (
    <p className="back-to-case">
      <Link href={url} prefetch={false}>
        ← Back to your case
      </Link>
    </p>
  );
}
