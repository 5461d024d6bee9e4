import { ApiError } from '@/lib/api/errors';
import { NO_STORE, apiRoute, json, methodNotAllowed, readJsonObject } from '@/lib/api/responses';
import { getLanguageIndex } from '@/lib/catalog';
import { MAX_NOTE_LENGTH, extractFindings } from '@/lib/language/extract';
import { zExtractRequest } from '@/lib/schemas/extract';

export const dynamic = 'force-dynamic';

/** The findings (present or absent, with offsets), age, sex and unmatched stretches of a note. Nothing is stored or logged. */
export const POST = apiRoute(async (request: Request) => {
  const { text } = zExtractRequest.parse(await readJsonObject(request));
  if (text.length > MAX_NOTE_LENGTH) {
    throw new ApiError(413, 'payload_too_large', `The note must be at most ${MAX_NOTE_LENGTH} characters (it has ${text.length}).`, { maxLength: MAX_NOTE_LENGTH });
  }
  return json(extractFindings(await getLanguageIndex(), text), NO_STORE);
});

export const GET = methodNotAllowed('POST');
export const PUT = methodNotAllowed('POST');
export const PATCH = methodNotAllowed('POST');
export const DELETE = methodNotAllowed('POST');
