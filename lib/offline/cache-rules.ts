// What the service worker (lib/offline/sw.ts) may keep, decided from a request's URL and kind
// alone. Pure and universal, so the privacy rules are table-tested: the case lives in the
// workspace URL's query (and in API queries and bodies), so no answer to a URL with a query is
// ever stored, pages are stored under their bare path, and the API is never cached (the language
// index, which holds catalog words only, excepted).

/** Cache Storage names; bump a name's suffix when what it holds changes shape. */
export const OFFLINE_CACHES = {
  /** HTML of pages visited (bare paths only), network-first. */
  pages: 'numbdx-pages-v1',
  /** Snapshot assets (`/catalog/<version>.json`), content-addressed, cache-first. */
  catalog: 'numbdx-catalog-v1',
  /** `GET /api/language`: the typeahead's and "Paste a note"'s words, network-first. */
  language: 'numbdx-language-v1',
} as const;

/** How many catalog versions to keep: the current one and a few older pages may still name. */
export const CATALOG_VERSIONS_KEPT = 3;
/** How many visited pages to keep (least recently stored go first). */
export const PAGES_KEPT = 60;

/** Where the worker is served (app/serwist/[path]/route.ts) and the scope it controls. */
export const SERVICE_WORKER_URL = '/serwist/sw.js';
export const SERVICE_WORKER_SCOPE = '/';

/** What the worker does with a request. */
export type OfflineRoute = 'page' | 'catalog-asset' | 'language' | 'network';

/** The facts about a request the rules read. */
export interface RequestFacts {
  method: string;
  url: URL;
  /** The origin the worker serves. */
  origin: string;
  /** A document is wanted: a navigation, or an HTML request that is not a React Server Components fetch. */
  document: boolean;
}

// Paths that are never pages: the API, CDS Hooks, Next's assets, the snapshot, the worker itself.
const NOT_PAGES = /^\/(?:api|cds-services|_next|catalog|serwist)(?:\/|$)/;
const CATALOG_ASSET = /^\/catalog\/[A-Za-z0-9._%-]+\.json$/;

/** The route for a request; 'network' means the worker leaves it to the browser (nothing stored). */
export function offlineRoute({ method, url, origin, document }: RequestFacts): OfflineRoute {
  if (method !== 'GET' || url.origin !== origin) return 'network';
  const bare = url.search === '';
  if (CATALOG_ASSET.test(url.pathname)) return bare ? 'catalog-asset' : 'network';
  if (url.pathname === '/api/language') return bare ? 'language' : 'network';
  if (document && !NOT_PAGES.test(url.pathname)) return 'page';
  return 'network';
}

/** The key a page is stored and looked up under: its path without the query, which may be a case. */
export function pageCacheKey(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

/** The facts about a response the rules read. */
export interface ResponseFacts {
  status: number;
  redirected: boolean;
  type: ResponseType;
}

/**
 * Whether an answer may be stored: a complete same-origin 200, and never for a URL with a query
 * (for a page that is the case itself; a visit to `/?present=…` leaves only the bare `/` shell).
 */
export function mayStore(requestUrl: URL, response: ResponseFacts): boolean {
  return requestUrl.search === '' && response.status === 200 && !response.redirected && response.type === 'basic';
}

/** A resource a page loaded, as the Resource Timing API reports it. */
export interface LoadedResource {
  name: string;
  /** 0 when no service worker handled it (so the worker has not stored it). */
  workerStart: number;
}

/**
 * What a page should ask the worker to fetch and keep after loading without it (the first visit,
 * or a hard reload): the bare workspace shell, this page's bare path, and the snapshot asset and
 * language index it fetched. Nothing with a query: a case never reaches the worker this way.
 */
export function urlsToKeep(pageUrl: URL, resources: readonly LoadedResource[], { pageFromWorker = false } = {}): string[] {
  const origin = pageUrl.origin;
  const urls = new Set<string>();
  if (!pageFromWorker) {
    urls.add(`${origin}/`);
    if (offlineRoute({ method: 'GET', url: new URL(pageCacheKey(pageUrl)), origin, document: true }) === 'page') urls.add(pageCacheKey(pageUrl));
  }
  for (const resource of resources) {
    if (resource.workerStart > 0) continue;
    let url: URL;
    try {
      url = new URL(resource.name);
    } catch {
      continue;
    }
    const route = offlineRoute({ method: 'GET', url, origin, document: false });
    if (route === 'catalog-asset' || route === 'language') urls.add(url.href);
  }
  return [...urls];
}
