import { listTreatments } from '@/lib/catalog';
import { CATALOG_CACHE, apiRoute, json, methodNotAllowed } from '@/lib/api/responses';

export const dynamic = 'force-dynamic';

/** Every treatment, by name. */
export const GET = apiRoute(async () => json({ treatments: await listTreatments() }, CATALOG_CACHE));

export const POST = methodNotAllowed('GET');
export const PUT = methodNotAllowed('GET');
export const PATCH = methodNotAllowed('GET');
export const DELETE = methodNotAllowed('GET');
