import type { NextConfig } from 'next';
import { API_CONTENT_SECURITY_POLICY, COMMON_SECURITY_HEADERS, CORS_HEADERS, CORS_PATHS } from './lib/api/security-headers';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm run build:standalone` sets this: a self-contained server in .next/standalone (55 MB with
  // the modules it needs, instead of the whole install); `npm start` keeps the regular build.
  ...(process.env.NEXT_OUTPUT === 'standalone' ? { output: 'standalone' as const } : {}),
  // A case lives in the URL (/?present=…): the dev server must not print request URLs, so no
  // patient findings reach a log. (`next start` does not log requests.)
  logging: { incomingRequests: false },
  // better-sqlite3 and pg are native/Node-only: load them at run time, never bundle them. esbuild
  // bundles the offline service worker at build time (app/serwist/[path]/route.ts; Serwist's
  // `withSerwist` adds the same two names).
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', 'pg', '@prisma/adapter-pg', 'esbuild', 'esbuild-wasm'],
  // Pages' Content-Security-Policy (with its nonce) comes from proxy.ts; these are the same for
  // every answer. Header values are fixed at build time.
  async headers() {
    return [
      { source: '/:path*', headers: [...COMMON_SECURITY_HEADERS] },
      // The offline service worker: every cache must ask again, so a new deployment's worker (and
      // its list of assets) replaces the old one at the next visit.
      { source: '/serwist/:path*', headers: [{ key: 'Cache-Control', value: 'no-cache' }] },
      ...CORS_PATHS.map((source) => ({ source, headers: [...CORS_HEADERS, { key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY }] })),
    ];
  },
};

export default nextConfig;
