import { NO_STORE, apiRoute, json, methodNotAllowed } from '@/lib/api/responses';
import { discoveryResponse } from '@/lib/cds/services';

export const dynamic = 'force-dynamic';

/** CDS Hooks discovery: the services NumbDx hosts, their hooks and prefetch templates. */
export const GET = apiRoute(async () => json(discoveryResponse(), NO_STORE));

export const POST = methodNotAllowed('GET');
export const PUT = methodNotAllowed('GET');
export const PATCH = methodNotAllowed('GET');
export const DELETE = methodNotAllowed('GET');
