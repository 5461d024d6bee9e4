import { NO_STORE, apiRoute, json, methodNotAllowed, readJsonObject } from '@/lib/api/responses';
import { acceptFeedback } from '@/lib/cds/answer';

export const dynamic = 'force-dynamic';

/** CDS Hooks feedback: checked and acknowledged; nothing is stored or logged (it may quote the clinician). */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  return json(acceptFeedback(id, await readJsonObject(request)), NO_STORE);
});

export const GET = methodNotAllowed('POST');
export const PUT = methodNotAllowed('POST');
export const PATCH = methodNotAllowed('POST');
export const DELETE = methodNotAllowed('POST');
