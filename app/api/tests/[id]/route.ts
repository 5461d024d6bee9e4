import { getTest } from '@/lib/catalog';
import { notFound } from '@/lib/api/errors';
import { CATALOG_CACHE, apiRoute, json, methodNotAllowed } from '@/lib/api/responses';

export const dynamic = 'force-dynamic';

/** One test with its thresholds and the causes it helps with. */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const test = await getTest(id);
  if (!test) throw notFound('test', id);
  return json({ test }, CATALOG_CACHE);
});

export const POST = methodNotAllowed('GET');
export const PUT = methodNotAllowed('GET');
export const PATCH = methodNotAllowed('GET');
export const DELETE = methodNotAllowed('GET');
