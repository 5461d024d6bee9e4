import { getFinding } from '@/lib/catalog';
import { notFound } from '@/lib/api/errors';
import { CATALOG_CACHE, apiRoute, json, methodNotAllowed } from '@/lib/api/responses';

export const dynamic = 'force-dynamic';

/** One finding with the causes it points to, highest likelihood ratio first. */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const finding = await getFinding(id);
  if (!finding) throw notFound('finding', id);
  return json({ finding }, CATALOG_CACHE);
});

export const POST = methodNotAllowed('GET');
export const PUT = methodNotAllowed('GET');
export const PATCH = methodNotAllowed('GET');
export const DELETE = methodNotAllowed('GET');
