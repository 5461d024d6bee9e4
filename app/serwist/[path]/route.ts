// Serves the offline service worker (lib/offline/sw.ts) at /serwist/sw.js. Serwist bundles it with
// esbuild when `next build` prerenders this route, injecting the list of Next's hashed assets to
// precache; Turbopack has no plugin hook for that, hence a route. Registered in production only
// (components/service-worker-registration.tsx).
import { createSerwistRoute } from '@serwist/turbopack';

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: 'lib/offline/sw.ts',
  // The native esbuild (already installed for tsx) rather than esbuild-wasm.
  useNativeEsbuild: true,
  // A classic script: every browser with service workers runs it (module workers are newer).
  esbuildOptions: { format: 'iife' },
  // Next's hashed build assets only; pages are dynamic (per-request CSP nonces) and cached when visited.
  globPatterns: ['.next/static/**/*.{js,css,woff2,svg,png,ico}'],
});
