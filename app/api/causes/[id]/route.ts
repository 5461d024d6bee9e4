import { getCause } from '@/lib/catalog';
import { notFound } from '@/lib/api/errors';
import { CATALOG_CACHE, apiRoute, json, methodNotAllowed } from '@/lib/api/responses';

export const dynamic = 'force-dynamic';

/** Everything the cause page shows. */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const cause = await getCause(id);
  if (!cause) throw notFound('cause', id);
  return json({ cause }, CATALOG_CACHE);
});

export const POST = methodNotAllowed('GET');
export const PUT = methodNotAllowed('GET');
export const PATCH = methodNotAllowed('GET');
export const DELETE = methodNotAllowed('GET');
