import { listFindings, searchCatalogFindings } from '@/lib/catalog';
import { findingHit, findingSummary } from '@/lib/api/shape';
import { CATALOG_CACHE, apiRoute, json, methodNotAllowed, parseWith, searchParamsOf } from '@/lib/api/responses';
import { findingSearchFromSearchParams, zFindingSearchQuery } from '@/lib/schemas/api';

export const dynamic = 'force-dynamic';

/** Findings matching ?q (best first, at most ?limit), or every finding by label without q. */
export const GET = apiRoute(async (request: Request) => {
  const { q, limit } = parseWith(zFindingSearchQuery, findingSearchFromSearchParams(searchParamsOf(request)));
  const findings = q ? (await searchCatalogFindings(q, limit)).map(findingHit) : (await listFindings()).map(findingSummary);
  return json({ findings }, CATALOG_CACHE);
});

export const POST = methodNotAllowed('GET');
export const PUT = methodNotAllowed('GET');
export const PATCH = methodNotAllowed('GET');
export const DELETE = methodNotAllowed('GET');
