/// <reference lib="webworker" />
// The offline service worker, bundled by esbuild at build time and served at /serwist/sw.js
// (app/serwist/[path]/route.ts). It keeps Next's hashed assets (precached at install, served
// cache-first), the catalog snapshot (content-addressed: cache-first), the language index and the
// pages visited (network-first, so a new deployment or catalog wins whenever the server answers).
// What may be stored is decided in lib/offline/cache-rules.ts: never a URL with a query (the
// case), never the API. A workspace link opened offline gets the bare `/` shell, and the page
// reads the case from its URL and ranks it with the engine in the browser.
import { CacheFirst, ExpirationPlugin, NetworkFirst, Serwist, type PrecacheEntry, type RouteHandlerCallbackOptions, type SerwistPlugin } from 'serwist';
import { CATALOG_VERSIONS_KEPT, OFFLINE_CACHES, PAGES_KEPT, mayStore, offlineRoute, pageCacheKey, type OfflineRoute } from './cache-rules';

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

/** Stores only what cache-rules allows, whatever the strategy would store by default. */
const onlyStorable: SerwistPlugin = {
  cacheWillUpdate: async ({ request, response }) => (mayStore(new URL(request.url), response) ? response : null),
};

/** Pages are stored and found under their bare path, so `/?present=…` falls back to the `/` shell. */
const barePageKey: SerwistPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => pageCacheKey(new URL(request.url)),
};

const pages = new NetworkFirst({
  cacheName: OFFLINE_CACHES.pages,
  // A server that does not answer within this long is treated as gone: the stored page is shown.
  networkTimeoutSeconds: 8,
  plugins: [barePageKey, onlyStorable, new ExpirationPlugin({ maxEntries: PAGES_KEPT })],
});

/** A page; after a visit to a URL with a query, the bare shell is refreshed (it names the catalog version in use). */
async function pageHandler(options: RouteHandlerCallbackOptions): Promise<Response> {
  const response = await pages.handle(options);
  const { url, event } = options;
  if (url.search !== '') {
    const shell = new Request(pageCacheKey(url), { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
    event.waitUntil(pages.handle({ request: shell, event }).catch(() => undefined));
  }
  return response;
}

function documentWanted(request: Request): boolean {
  if (request.mode === 'navigate') return true;
  // Warm-up requests from the page (CACHE_URLS) ask for HTML; Next's RSC fetches never should match.
  return (request.headers.get('Accept') ?? '').includes('text/html') && !request.headers.has('RSC');
}

function routeIs(route: OfflineRoute) {
  return ({ request, url }: { request: Request; url: URL }) =>
    offlineRoute({ method: request.method, url, origin: self.location.origin, document: documentWanted(request) }) === route;
}

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true },
  // A new worker (a new deployment) takes over at once; pages are network-first anyway.
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  disableDevLogs: true,
  runtimeCaching: [
    { matcher: routeIs('page'), handler: pageHandler },
    {
      matcher: routeIs('catalog-asset'),
      handler: new CacheFirst({
        cacheName: OFFLINE_CACHES.catalog,
        plugins: [onlyStorable, new ExpirationPlugin({ maxEntries: CATALOG_VERSIONS_KEPT })],
      }),
    },
    {
      matcher: routeIs('language'),
      handler: new NetworkFirst({ cacheName: OFFLINE_CACHES.language, networkTimeoutSeconds: 8, plugins: [onlyStorable, new ExpirationPlugin({ maxEntries: 1 })] }),
    },
    // Everything else (the API, POSTs, RSC fetches, other origins) has no route: the browser fetches it, nothing is stored.
  ],
});

serwist.addEventListeners();
