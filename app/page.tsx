import { caseUrl } from '@/lib/workspace/case-query';
import { EXAMPLE_FINDING_IDS } from '@/lib/workspace/example-cases';
import { loadCase } from '@/lib/catalog/load-case';
import { Workspace } from '@/components/workspace';

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
        initialResult={loaded.result}
        initialLabels={loaded.labels}
        notice={loaded.notice}
      />
    </>
  );
}
