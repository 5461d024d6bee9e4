import { checkCatalogHealth } from '@/lib/catalog/health';
import { ApiError } from '@/lib/api/errors';
import { NO_STORE, apiRoute, json, methodNotAllowed } from '@/lib/api/responses';

export const dynamic = 'force-dynamic';

/** Database reachability and catalog versions, for load balancers; 503 in the error shape when the database is unreachable. */
export const GET = apiRoute(async () => {
  const health = await checkCatalogHealth();
  if (health.database === 'unreachable') {
    throw new ApiError(503, 'service_unavailable', 'The catalog database is not reachable; the catalog in memory is still served.', health, {
      'Retry-After': '5',
    });
  }
  return json({ status: 'ok', ...health }, NO_STORE);
});

export const POST = methodNotAllowed('GET');
export const PUT = methodNotAllowed('GET');
export const PATCH = methodNotAllowed('GET');
export const DELETE = methodNotAllowed('GET');
