// @ts-check
// Next.js configuration. Plain JavaScript (checked by TypeScript through the JSDoc types), so that
// Node loads it as it is on every supported version. The response headers that are the same for
// every answer live here; the pages' Content-Security-Policy, whose nonce changes per request, is
// added by proxy.ts (lib/api/security-headers.ts).

/** Browser features the app never uses, all denied (clipboard stays: "Copy note" writes to it). */
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'idle-detection=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/** Headers for every response, pages and API alike. */
const COMMON_SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
];

/** JSON answers render nothing: they may load nothing and be framed by no one. */
const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * CORS for the JSON API and CDS Hooks: any origin may call GET, POST and OPTIONS, never with
 * credentials (no Allow-Credentials, and `*` forbids them in browsers). No cookies exist anyway.
 */
const CORS_HEADERS = [
  { key: 'Access-Control-Allow-Origin', value: '*' },
  { key: 'Access-Control-Allow-Methods', value: 'GET, POST, OPTIONS' },
  { key: 'Access-Control-Allow-Headers', value: 'Content-Type, Accept' },
  { key: 'Access-Control-Max-Age', value: '600' },
];

/** Path patterns of the cross-origin JSON API. */
const CORS_PATHS = ['/api/:path*', '/cds-services', '/cds-services/:path*'];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm run build:standalone` sets this: a self-contained server in .next/standalone (55 MB with
  // the modules it needs, instead of the whole install); `npm start` keeps the regular build.
  ...(process.env.NEXT_OUTPUT === 'standalone' ? { output: /** @type {const} */ ('standalone') } : {}),
  // A case lives in the URL (/?present=…): the dev server must not print request URLs, so no
  // patient findings reach a log. (`next start` does not log requests.)
  logging: { incomingRequests: false },
  // better-sqlite3 and pg are native/Node-only: load them at run time, never bundle them. esbuild
  // bundles the offline service worker at build time (app/serwist/[path]/route.ts; Serwist's
  // `withSerwist` adds the same two names).
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', 'pg', '@prisma/adapter-pg', 'esbuild', 'esbuild-wasm'],
  // Header values are fixed at build time.
  async headers() {
    return [
      { source: '/:path*', headers: COMMON_SECURITY_HEADERS },
      // The offline service worker: every cache must ask again, so a new deployment's worker (and
      // its list of assets) replaces the old one at the next visit.
      { source: '/serwist/:path*', headers: [{ key: 'Cache-Control', value: 'no-cache' }] },
      ...CORS_PATHS.map((source) => ({ source, headers: [...CORS_HEADERS, { key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY }] })),
    ];
  },
};

export default nextConfig;
