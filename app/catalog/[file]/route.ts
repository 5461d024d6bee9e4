import { getCatalogSnapshot } from '@/lib/catalog';
import { publishedSnapshotJson } from '@/lib/catalog/snapshot-publish';
import { versionOfAssetFile } from '@/lib/catalog/snapshot-asset';
import { notFound } from '@/lib/api/errors';
import { apiRoute, methodNotAllowed } from '@/lib/api/responses';

export const dynamic = 'force-dynamic';

/** Content-addressed: the body of a version never changes, so any cache may keep it for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The browser's copy of the catalog for one version; an old version is gone (404), so clients fall back to the API. */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ file: string }> }) => {
  const { file } = await params;
  const snapshot = await getCatalogSnapshot();
  if (versionOfAssetFile(file) !== snapshot.version) throw notFound('catalog snapshot', file);
  return new Response(publishedSnapshotJson(snapshot), {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': IMMUTABLE },
  });
});

export const POST = methodNotAllowed('GET');
export const PUT = methodNotAllowed('GET');
export const PATCH = methodNotAllowed('GET');
export const DELETE = methodNotAllowed('GET');
