import { ApiError, errorResponse } from '@/lib/api/errors';

export const dynamic = 'force-dynamic';

/** Any /api path no route serves: a 404 in the one JSON error shape, not the HTML not-found page. */
async function unknownApiPath(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  return errorResponse(new ApiError(404, 'not_found', `No API endpoint at ${pathname}. See /api/health, /api/causes, /api/findings, /api/tests, /api/treatments, /api/differential, /api/language (and the README).`, { path: pathname }));
}

export const GET = unknownApiPath;
export const POST = unknownApiPath;
export const PUT = unknownApiPath;
export const PATCH = unknownApiPath;
export const DELETE = unknownApiPath;
