import { listCauses } from '@/lib/catalog';
import { CATALOG_CACHE, apiRoute, json, methodNotAllowed, searchParamsOf } from '@/lib/api/responses';
import { causeListFromSearchParams, zCauseListQuery } from '@/lib/schemas/api';

export const dynamic = 'force-dynamic';

/** Causes, emergencies first, optionally filtered by ?category, ?urgency and ?q. */
export const GET = apiRoute(async (request: Request) => {
  const filter = zCauseListQuery.parse(causeListFromSearchParams(searchParamsOf(request)));
  return json({ causes: await listCauses(filter) }, CATALOG_CACHE);
});

export const POST = methodNotAllowed('GET');
export const PUT = methodNotAllowed('GET');
export const PATCH = methodNotAllowed('GET');
export const DELETE = methodNotAllowed('GET');
