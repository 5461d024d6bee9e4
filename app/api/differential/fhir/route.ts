import { NO_STORE, apiRoute, methodNotAllowed, parseWith, searchParamsOf } from '@/lib/api/responses';
import { FHIR_BUNDLE_FILENAME, getDifferentialBundle } from '@/lib/fhir/differential-bundle';
import { differentialInputFromSearchParams, zDifferentialInput } from '@/lib/schemas/api';

export const dynamic = 'force-dynamic';

/** The differential for the same parameters as GET /api/differential, as a FHIR R4 Bundle download. */
export const GET = apiRoute(async (request: Request) => {
  const input = parseWith(zDifferentialInput, differentialInputFromSearchParams(searchParamsOf(request)));
  const bundle = await getDifferentialBundle(input);
  return new Response(JSON.stringify(bundle, null, 2), {
    headers: {
      'Content-Type': 'application/fhir+json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${FHIR_BUNDLE_FILENAME}"`,
      'Cache-Control': NO_STORE,
    },
  });
});

export const POST = methodNotAllowed('GET');
export const PUT = methodNotAllowed('GET');
export const PATCH = methodNotAllowed('GET');
export const DELETE = methodNotAllowed('GET');
