import { MAX_FHIR_BODY_BYTES, NO_STORE, apiRoute, json, methodNotAllowed, readJsonObject, searchParamsOf } from '@/lib/api/responses';
import { readCaseParams } from '@/lib/case-url';
import { FHIR_BUNDLE_FILENAME, getDifferentialBundle } from '@/lib/fhir/differential-bundle';
import { importBundle } from '@/lib/fhir/import';
import { zDifferentialInput } from '@/lib/schemas/api';

export const dynamic = 'force-dynamic';

const FHIR_JSON = 'application/fhir+json; charset=utf-8';

/** The differential for the same parameters as GET /api/differential, as a FHIR R4 Bundle download. */
export const GET = apiRoute(async (request: Request) => {
  const input = zDifferentialInput.parse(readCaseParams(searchParamsOf(request)));
  const bundle = await getDifferentialBundle(input);
  return new Response(JSON.stringify(bundle, null, 2), {
    headers: {
      'Content-Type': FHIR_JSON,
      'Content-Disposition': `attachment; filename="${FHIR_BUNDLE_FILENAME}"`,
      'Cache-Control': NO_STORE,
    },
  });
});

/** A FHIR Bundle of Patient, Observations and Conditions in; the differential out (JSON, or a Bundle for Accept: application/fhir+json). */
export const POST = apiRoute(async (request: Request) => {
  const wantsFhir = (request.headers.get('accept') ?? '').includes('application/fhir+json');
  const answer = await importBundle(await readJsonObject(request, { maxBodyBytes: MAX_FHIR_BODY_BYTES }), wantsFhir ? 'fhir' : 'json');
  if (!wantsFhir) return json(answer, NO_STORE);
  return new Response(JSON.stringify(answer), { headers: { 'Content-Type': FHIR_JSON, 'Cache-Control': NO_STORE } });
});

export const PUT = methodNotAllowed('GET', 'POST');
export const PATCH = methodNotAllowed('GET', 'POST');
export const DELETE = methodNotAllowed('GET', 'POST');
