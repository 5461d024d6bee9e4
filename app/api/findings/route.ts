import { listFindings, rankCatalogFindings } from '@/lib/catalog';
import { findingHit, findingSummary } from '@/lib/api/shape';
import { CATALOG_CACHE, apiRoute, json, methodNotAllowed, searchParamsOf } from '@/lib/api/responses';
import { findingSearchFromSearchParams, zFindingSearchQuery } from '@/lib/schemas/api';

export const dynamic = 'force-dynamic';

/** Findings matching ?q (ranked, at most ?limit; nearestOnly when none matches well), or every finding by label without q. */
export const GET = apiRoute(async (request: Request) => {
  const { q, limit } = zFindingSearchQuery.parse(findingSearchFromSearchParams(searchParamsOf(request)));
  if (!q) return json({ findings: (await listFindings()).map(findingSummary) }, CATALOG_CACHE);
  const { hits, nearestOnly } = await rankCatalogFindings(q, limit);
  return json({ findings: hits.map(findingHit), nearestOnly }, CATALOG_CACHE);
});

export const POST = methodNotAllowed('GET');
export const PUT = methodNotAllowed('GET');
export const PATCH = methodNotAllowed('GET');
export const DELETE = methodNotAllowed('GET');
