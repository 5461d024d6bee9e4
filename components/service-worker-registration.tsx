'use client';
// Registers the offline service worker (lib/offline/sw.ts) in production builds. A page loaded
// before the worker controlled it (the first visit, a hard reload) went past it, so once the
// worker is active the page asks it to fetch and keep the bare workspace shell, this page's bare
// path, and the snapshot and language index the page fetched (lib/offline/cache-rules.ts decides
// which; nothing with a query, so no case). Renders nothing.
import { useEffect } from 'react';
import { SERVICE_WORKER_SCOPE, SERVICE_WORKER_URL, urlsToKeep, type LoadedResource } from '@/lib/offline/cache-rules';

/** Serwist's message for "fetch these through your routes"; pages are asked for as HTML. */
function cacheUrlsMessage(urls: string[]) {
  return { type: 'CACHE_URLS', payload: { urlsToCache: urls.map((url) => [url, { headers: { Accept: 'text/html, */*' } }]) } };
}

/** Registers the service worker (production only; in development any earlier one is removed). */
export function ServiceWorkerRegistration(): null {
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    const container = navigator.serviceWorker;
    if (process.env.NODE_ENV !== 'production') {
      // `next dev` on a port a production build once served: its worker would serve stale pages.
      void container.getRegistrations().then((all) => {
        for (const registration of all) if (registration.active?.scriptURL.endsWith(SERVICE_WORKER_URL)) void registration.unregister();
      });
      return;
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
  }, []);
  return null;
}
