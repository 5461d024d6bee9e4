// Runs before every page (not the API, not static files): a Content-Security-Policy with a fresh
// nonce, which Next puts on its own inline scripts (so pages render per request), HSTS when the
// request came over HTTPS and HSTS_MAX_AGE is set, and the bound on query strings.
import { NextResponse, type NextRequest } from 'next/server';
import { queryProblem } from '@/lib/api/limits';
import { createNonce, hstsHeader, pageContentSecurityPolicy } from '@/lib/api/security-headers';

/** Adds the per-request security headers to a page request and its response. */
export function proxy(request: NextRequest): NextResponse {
  const problem = queryProblem(request.nextUrl.search);
  if (problem) {
    return new NextResponse(`${problem.message}\n`, { status: problem.status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  const https = request.nextUrl.protocol === 'https:' || (request.headers.get('x-forwarded-proto') ?? '').split(',')[0]?.trim() === 'https';
  const nonce = createNonce();
  const csp = pageContentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development', https });
  // Next reads the nonce from the request's CSP header and stamps it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', csp);
  requestHeaders.set('x-nonce', nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  const hsts = hstsHeader(process.env, https);
  if (hsts) response.headers.set('Strict-Transport-Security', hsts);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only. The API and CDS Hooks are left out so that their request bodies reach the
      // handlers unbuffered (a proxy makes Next copy the body); requests carrying a body skip
      // the proxy for the same reason (pages take none).
      source: '/((?!api/|api$|cds-services|_next/static|_next/image|favicon.ico|robots.txt).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'content-length' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
  ],
};
