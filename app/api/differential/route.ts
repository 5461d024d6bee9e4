import { getDifferential } from '@/lib/catalog';
import { NO_STORE, apiRoute, json, methodNotAllowed, readJsonObject, searchParamsOf } from '@/lib/api/responses';
import { readCaseParams } from '@/lib/case-url';
import { zDifferentialInput } from '@/lib/schemas/api';

export const dynamic = 'force-dynamic';

/** The differential for ?present=&absent=&age=&sex=&limit=. */
export const GET = apiRoute(async (request: Request) => {
  const input = zDifferentialInput.parse(readCaseParams(searchParamsOf(request)));
  return json(await getDifferential(input), NO_STORE);
});

/** The differential for a JSON body { present, absent, age, sex, limit }. */
export const POST = apiRoute(async (request: Request) => {
  const input = zDifferentialInput.parse(await readJsonObject(request));
  return json(await getDifferential(input), NO_STORE);
});

export const PUT = methodNotAllowed('GET', 'POST');
export const PATCH = methodNotAllowed('GET', 'POST');
export const DELETE = methodNotAllowed('GET', 'POST');
