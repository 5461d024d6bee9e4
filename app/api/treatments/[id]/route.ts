import { getTreatment } from '@/lib/catalog';
import { notFound } from '@/lib/api/errors';
import { CATALOG_CACHE, apiRoute, json, methodNotAllowed } from '@/lib/api/responses';

export const dynamic = 'force-dynamic';

/** One treatment with its causes, line, dose and evidence level. */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const treatment = await getTreatment(id);
  if (!treatment) throw notFound('treatment', id);
  return json({ treatment }, CATALOG_CACHE);
});

export const POST = methodNotAllowed('GET');
export const PUT = methodNotAllowed('GET');
export const PATCH = methodNotAllowed('GET');
export const DELETE = methodNotAllowed('GET');
