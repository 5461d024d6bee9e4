// The HTTP security policy in one place: what next.config.ts sends on every response and what
// proxy.ts adds to pages (a Content-Security-Policy with a fresh nonce per request). Pure.

/** Browser features the app never uses, all denied (clipboard stays: "Copy note" writes to it). */
export const PERMISSIONS_POLICY = [
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
export const COMMON_SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
];

/** JSON answers render nothing: they may load nothing and be framed by no one. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * CORS for the JSON API and CDS Hooks: any origin may call GET, POST and OPTIONS, never with
 * credentials (no Allow-Credentials, and `*` forbids them in browsers). No cookies exist anyway.
 */
export const CORS_HEADERS: readonly { key: string; value: string }[] = [
  { key: 'Access-Control-Allow-Origin', value: '*' },
  { key: 'Access-Control-Allow-Methods', value: 'GET, POST, OPTIONS' },
  { key: 'Access-Control-Allow-Headers', value: 'Content-Type, Accept' },
  { key: 'Access-Control-Max-Age', value: '600' },
];

/** Path patterns (next.config `source` syntax) of the cross-origin JSON API. */
export const CORS_PATHS = ['/api/:path*', '/cds-services', '/cds-services/:path*'] as const;

/** A page's Content-Security-Policy for one request's nonce. */
export function pageContentSecurityPolicy(nonce: string, { development = false, https = false } = {}): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonced bootstrap loads are trusted; host lists are ignored.
    // React's development build needs eval for its call stacks; production never gets it.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // Server-rendered style="" attributes (the probability bars' widths); no <style> elements.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? ' ws:' : ''}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** A fresh, unguessable nonce (128 random bits, base64). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Strict-Transport-Security from the HSTS_MAX_AGE setting (seconds), sent only on answers
 * served over HTTPS (directly or behind a proxy setting X-Forwarded-Proto). Unset or 0: off.
 */
export function hstsHeader(env: Record<string, string | undefined>, https: boolean): string | null {
  const maxAge = Number(env.HSTS_MAX_AGE ?? 0);
  if (!https || !Number.isInteger(maxAge) || maxAge <= 0) return null;
  return `max-age=${maxAge}; includeSubDomains`;
}
