'use client';
// Registers the offline service worker (lib/offline/sw.ts) in production builds. A page loaded
// before the worker controlled it (the first visit, a hard reload) went past it, so once the
// worker is active the page asks it to fetch and keep the bare workspace shell, this page's bare
// path, and the snapshot and language index the page fetched (lib/offline/cache-rules.ts decides
// which; nothing with a query, so no case). Renders nothing.
import { useEffect } from 'react';

/** Registers the service worker once the page has hydrated; the code that does it is fetched then. */
export function ServiceWorkerRegistration(): null {
  useEffect(() => {
    let cleanup: (() => void) | undefined;
    let live = true;
    void import('./register-service-worker').then((m) => {
      if (live) cleanup = m.registerServiceWorker();
    });
    return () => {
      live = false;
      cleanup?.();
    };
  }, []);
  return null;
}
