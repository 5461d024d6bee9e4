// Registers the offline service worker and asks it to keep what this page loaded (see
// service-worker-registration.tsx). Its own chunk: no page's first load waits for it.
import { SERVICE_WORKER_SCOPE, SERVICE_WORKER_URL, urlsToKeep, type LoadedResource } from '@/lib/offline/cache-rules';

/** Serwist's message for "fetch these through your routes"; pages are asked for as HTML. */
function cacheUrlsMessage(urls: string[]) {
  return { type: 'CACHE_URLS', payload: { urlsToCache: urls.map((url) => [url, { headers: { Accept: 'text/html, */*' } }]) } };
}

/** Registers the worker (production only; in development any earlier one is removed); returns the cleanup. */
export function registerServiceWorker(): () => void {
  const none = () => {};
  if (!('serviceWorker' in navigator)) return none;
  const container = navigator.serviceWorker;
  if (process.env.NODE_ENV !== 'production') {
    // `next dev` on a port a production build once served: its worker would serve stale pages.
    void container.getRegistrations().then((all) => {
      for (const registration of all) if (registration.active?.scriptURL.endsWith(SERVICE_WORKER_URL)) void registration.unregister();
    });
    return none;
  }
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const pageFromWorker = container.controller !== null && (navigation?.workerStart ?? 0) > 0;
  let worker: ServiceWorker | null = null;
  const queued: LoadedResource[] = [];
  let pageAsked = pageFromWorker;
  const send = (resources: LoadedResource[]) => {
    if (!worker) return void queued.push(...resources);
    const urls = urlsToKeep(new URL(window.location.href), resources, { pageFromWorker: pageAsked });
    pageAsked = true;
    if (urls.length > 0) worker.postMessage(cacheUrlsMessage(urls));
  };
  // Resources finishing later (the snapshot still loading when the worker took over) arrive here too.
  const observer = new PerformanceObserver((list) => send(list.getEntries() as PerformanceResourceTiming[]));
  observer.observe({ type: 'resource', buffered: true });
  container
    .register(SERVICE_WORKER_URL, { scope: SERVICE_WORKER_SCOPE })
    .then(() => container.ready)
    .then((registration) => {
      worker = registration.active;
      send(queued.splice(0));
    })
    .catch(() => observer.disconnect()); // no worker (a private window, a blocked origin): the app works online as before
  return () => observer.disconnect();
}
