// The API's caching policy in one place.

/** Catalog reads: the same for everyone and changed only by a reseed, so shared caches may keep them. */
export const CATALOG_CACHE = 'public, max-age=300, stale-while-revalidate=3600';
/** Anything derived from a case, and every error: never stored by a browser or proxy. */
export const NO_STORE = 'private, no-store';
