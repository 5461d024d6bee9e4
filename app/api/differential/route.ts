import { getDifferential } from '@/lib/catalog';
import { NO_STORE, apiRoute, json, methodNotAllowed, parseWith, readJsonObject, searchParamsOf } from '@/lib/api/responses';
import { differentialInputFromSearchParams, zDifferentialInput } from '@/lib/schemas/api';

export const dynamic = 'force-dynamic';

/** The differential for ?present=&absent=&age=&sex=&limit=. */
export const GET = apiRoute(async (request: Request) => {
  const input = parseWith(zDifferentialInput, differentialInputFromSearchParams(searchParamsOf(request)));
  return json(await getDifferential(input), NO_STORE);
});

/** The differential for a JSON body { present, absent, age, sex, limit }. */
export const POST = apiRoute(async (request: Request) => {
  const input = parseWith(zDifferentialInput, await readJsonObject(request));
  return json(await getDifferential(input), NO_STORE);
});

export const PUT = methodNotAllowed('GET', 'POST');
export const PATCH = methodNotAllowed('GET', 'POST');
export const DELETE = methodNotAllowed('GET', 'POST');
