import { listTests } from '@/lib/catalog';
import { CATALOG_CACHE, apiRoute, json, methodNotAllowed } from '@/lib/api/responses';

export const dynamic = 'force-dynamic';

/** Every test, by name. */
export const GET = apiRoute(async () => json({ tests: await listTests() }, CATALOG_CACHE));

export const POST = methodNotAllowed('GET');
export const PUT = methodNotAllowed('GET');
export const PATCH = methodNotAllowed('GET');
export const DELETE = methodNotAllowed('GET');
