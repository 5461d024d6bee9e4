import { CATALOG_CACHE, apiRoute, json, methodNotAllowed } from '@/lib/api/responses';
import { languageData } from '@/lib/catalog';

export const dynamic = 'force-dynamic';

/** Catalog data for reading notes in the browser: each finding's id, label, synonyms and kind, and the lexicon files. Carries no note. */
export const GET = apiRoute(async () => json(await languageData(), CATALOG_CACHE));

export const POST = methodNotAllowed('GET');
export const PUT = methodNotAllowed('GET');
export const PATCH = methodNotAllowed('GET');
export const DELETE = methodNotAllowed('GET');
