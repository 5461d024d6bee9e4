'use client';
import Link from 'next/link';
import { useLastCaseUrl } from './last-case';

/** The header's "Differential": the last case of this tab, or an empty workspace. */
export function HeaderDifferentialLink() {
  const url = useLastCaseUrl();
  // No prefetch: the link carries the case, which must not reach the server until it is followed.
  return (
    <Link href={url ?? '/'} prefetch={false}>
      Differential
    </Link>
  );
}
