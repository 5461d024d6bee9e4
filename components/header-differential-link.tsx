'use client';
import Link from 'next/link';
import { useLastCaseUrl } from './last-case';

/** The header's "Differential": the last case of this tab, or an empty workspace. */
export function HeaderDifferentialLink() {
  const url = useLastCaseUrl();
  return <Link href={url ?? '/'}>Differential</Link>;
}
