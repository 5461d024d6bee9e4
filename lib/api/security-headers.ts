// What proxy.ts adds to pages: a Content-Security-Policy with a fresh nonce per request, and HSTS
// over HTTPS. The headers that are the same for every answer are in next.config.js. Pure.

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
