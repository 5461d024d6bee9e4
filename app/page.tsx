import { caseUrl } from '@/lib/workspace/case-query';
import { EXAMPLE_FINDING_IDS } from '@/lib/workspace/example-cases';
import { loadCase } from '@/lib/catalog/load-case';
import { Workspace } from '@/components/workspace';
import { DIFFERENTIAL_SHOWN_FIRST } from '@/lib/workspace/differential-display';

export const dynamic = 'force-dynamic';

/** The workspace: the case in the URL, its differential computed here so the page reads without JavaScript. */
export default async function WorkspacePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const loaded = await loadCase(await searchParams, EXAMPLE_FINDING_IDS);
  return (
    <>
      <h1 className="page-title">Lower-limb numbness: differential</h1>
      <Workspace
        // A server navigation to another case (a link, the header) starts a fresh workspace.
        key={caseUrl(loaded.state)}
        initialCase={loaded.state}
        // Only the causes shown before the disclosure: the rest would double the page and its
        // payload, and the browser ranks them itself once the catalog asset has loaded.
        initialResult={{ ...loaded.result, causes: loaded.result.causes.slice(0, DIFFERENTIAL_SHOWN_FIRST) }}
        initialLabels={loaded.labels}
        notice={loaded.notice}
      />
    </>
  );
}
