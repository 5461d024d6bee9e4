// Security headers on pages and API routes, CORS for the JSON API, request bounds over HTTP, and
// the pages still hydrating under the Content-Security-Policy with no violation reported.
import { expect, test, type APIResponse } from '@playwright/test';
import { addFinding, chip, settled } from './support';

const PAGES = [
  '/',
  '/?present=saddle-anaesthesia,urinary-retention&age=50&sex=male',
  '/causes',
  '/causes/cauda-equina-syndrome',
  '/findings',
  '/findings/saddle-anaesthesia',
  '/tests',
  '/tests/hba1c',
  '/treatments',
  '/treatments/emergency-decompression',
  '/no-such-page',
];
const API = ['/api/health', '/api/findings?q=numb', '/api/causes/cauda-equina-syndrome', '/api/differential?present=back-pain', '/api/causes/no-such-cause'];

function expectCommonHeaders(response: APIResponse): void {
  const h = response.headers();
  expect(h['cross-origin-opener-policy']).toBe('same-origin');
  expect(h['x-frame-options']).toBe('DENY');
  expect(h['x-content-type-options']).toBe('nosniff');
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(h['permissions-policy']).toContain(`${feature}=()`);
  expect(h['strict-transport-security']).toBeUndefined(); // plain HTTP
}

function directives(csp: string): Map<string, string> {
  return new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values.join(' ')]));
}

test.describe('security headers', () => {
  for (const path of PAGES) {
    test(`page ${path}: strict CSP with a per-request nonce on every script`, async ({ request }) => {
      const response = await request.get(path);
      expectCommonHeaders(response);
      const csp = response.headers()['content-security-policy']!;
      const d = directives(csp);
      expect(csp).not.toContain('unsafe-eval');
      expect(d.get('frame-ancestors')).toBe("'none'");
      expect(d.get('object-src')).toBe("'none'");
      expect(d.get('base-uri')).toBe("'none'");
      expect(d.get('script-src')).not.toContain('unsafe-inline');
      const nonce = /'nonce-([^']+)'/.exec(d.get('script-src')!)![1]!;
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
      const again = await request.get(path);
      expect(again.headers()['content-security-policy']).not.toBe(csp);
    });
  }

  for (const path of API) {
    test(`API ${path}: CORS without credentials, nothing to render or frame`, async ({ request }) => {
      const response = await request.get(path, { headers: { Origin: 'https://ehr.example.org' } });
      expectCommonHeaders(response);
      const h = response.headers();
      expect(h['access-control-allow-origin']).toBe('*');
      expect(h['access-control-allow-credentials']).toBeUndefined();
      expect(directives(h['content-security-policy']!).get('default-src')).toBe("'none'");
      expect(directives(h['content-security-policy']!).get('frame-ancestors')).toBe("'none'");
    });
  }

  test('API: a cross-origin POST is pre-flighted and allowed', async ({ request }) => {
    const preflight = await request.fetch('/api/differential', {
      method: 'OPTIONS',
      headers: { Origin: 'https://ehr.example.org', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(preflight.status()).toBeLessThan(300);
    const h = preflight.headers();
    expect(h['access-control-allow-origin']).toBe('*');
    expect(h['access-control-allow-methods']).toContain('POST');
    expect(h['access-control-allow-headers']?.toLowerCase()).toContain('content-type');
    const post = await request.post('/api/differential', { data: { present: ['back-pain'] }, headers: { Origin: 'https://ehr.example.org' } });
    expect(post.status()).toBe(200);
    expect(post.headers()['access-control-allow-origin']).toBe('*');
  });

  test('HSTS only over HTTPS (behind a TLS-terminating proxy), when configured', async ({ request }) => {
    const response = await request.get('/', { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(response.headers()['strict-transport-security']).toMatch(/^max-age=\d+; includeSubDomains$/);
    expect(response.headers()['content-security-policy']).toContain('upgrade-insecure-requests');
  });
});

test.describe('request bounds over HTTP', () => {
  test('a body over 64 KiB gets 413 in the error shape', async ({ request }) => {
    const response = await request.post('/api/differential', { data: { present: ['x'.repeat(70 * 1024)] } });
    expect(response.status()).toBe(413);
    expect((await response.json()).error.code).toBe('payload_too_large');
  });

  test('an over-long query string gets 414, on the API and on pages', async ({ request }) => {
    const long = 'a,'.repeat(5000);
    const api = await request.get(`/api/differential?present=${long}`);
    expect(api.status()).toBe(414);
    expect((await api.json()).error.code).toBe('query_too_long');
    expect((await request.get(`/?present=${long}`)).status()).toBe(414);
  });

  test('an unknown API path gets a JSON 404 in the error shape, whatever the method', async ({ request }) => {
    for (const response of [await request.get('/api/no-such-endpoint'), await request.post('/api/causes/x/y', { data: {} })]) {
      expect(response.status()).toBe(404);
      expect(response.headers()['content-type']).toContain('application/json');
      expect((await response.json()).error.code).toBe('not_found');
    }
  });
});

test('pages hydrate and work under the CSP, with no violation reported', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/content security policy|permissions-policy|refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy violation: ${event.violatedDirective}`));
  });
  await page.goto('/');
  await addFinding(page, 'saddle', 'Saddle anaesthesia');
  await expect(chip(page, 'Saddle anaesthesia')).toBeVisible();
  await settled(page);
  await expect(page).toHaveURL(/present=saddle-anaesthesia/);
  await expect(page.getByRole('region', { name: 'Differential' })).toContainText('Cauda equina syndrome');
  for (const path of ['/causes/cauda-equina-syndrome', '/findings/saddle-anaesthesia', '/tests/hba1c', '/treatments/emergency-decompression']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Causes', exact: true }).first().click(); // client-side navigation
  await expect(page).toHaveURL(/\/causes$/);
  expect(problems).toEqual([]);
});
