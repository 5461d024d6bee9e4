import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * A link from the case's results to a reference page, never prefetched: the pages the results
 * name (the ranked causes, the workup, the cautions) would tell the server about the case, and
 * every edit would send a new round of requests.
 */
export function CaseLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link {...props} prefetch={false} />;
}
