// The service worker's storage rules: what it may keep, under which key, and what a page asks it
// to fetch. The privacy rows matter most: no case (a URL query, the API) is ever stored.
import { describe, expect, it } from 'vitest';
import { mayStore, offlineRoute, pageCacheKey, urlsToKeep, type OfflineRoute } from '@/lib/offline/cache-rules';

const ORIGIN = 'https://numbdx.example';
const at = (path: string) => new URL(path, ORIGIN);

describe('offlineRoute', () => {
  const cases: [string, { method?: string; path: string; document?: boolean }, OfflineRoute][] = [
    ['the workspace shell', { path: '/', document: true }, 'page'],
    ['a workspace with a case: a page, stored only as the bare shell', { path: '/?present=back-pain&age=50', document: true }, 'page'],
    ['a reference page', { path: '/causes/cauda-equina-syndrome', document: true }, 'page'],
    ['the snapshot asset', { path: '/catalog/abc123.json' }, 'catalog-asset'],
    ['the snapshot asset asked for as HTML by a warm-up', { path: '/catalog/abc123.json', document: true }, 'catalog-asset'],
    ['a snapshot asset with a query', { path: '/catalog/abc123.json?present=x' }, 'network'],
    ['the language index', { path: '/api/language' }, 'language'],
    ['the language index with a query', { path: '/api/language?q=numb' }, 'network'],
    ['the differential API (a case in the query)', { path: '/api/differential?present=back-pain' }, 'network'],
    ['the differential API asked for as HTML', { path: '/api/differential?present=back-pain', document: true }, 'network'],
    ['a POST to the API', { method: 'POST', path: '/api/differential' }, 'network'],
    ['a POST to a page', { method: 'POST', path: '/', document: true }, 'network'],
    ['CDS Hooks', { path: '/cds-services', document: true }, 'network'],
    ['a Next asset (precached, not a runtime route)', { path: '/_next/static/chunks/app.js' }, 'network'],
    ['the worker script', { path: '/serwist/sw.js', document: true }, 'network'],
    ['an RSC fetch of the workspace (not a document)', { path: '/?_rsc=1x2y&present=back-pain' }, 'network'],
    ['a nested catalog path is not an asset', { path: '/catalog/a/b.json' }, 'network'],
  ];
  it.each(cases)('%s', (_name, { method = 'GET', path, document = false }, expected) => {
    expect(offlineRoute({ method, url: at(path), origin: ORIGIN, document })).toBe(expected);
  });

  it('leaves other origins alone', () => {
    expect(offlineRoute({ method: 'GET', url: new URL('https://cdn.example/catalog/a.json'), origin: ORIGIN, document: false })).toBe('network');
  });
});

describe('pageCacheKey', () => {
  it.each([
    ['/', `${ORIGIN}/`],
    ['/?present=back-pain,numbness-one-leg&age=50&sex=female', `${ORIGIN}/`],
    ['/causes/cauda-equina-syndrome?from=case', `${ORIGIN}/causes/cauda-equina-syndrome`],
    ['/print?present=back-pain#top', `${ORIGIN}/print`],
  ])('%s is kept under %s', (path, key) => {
    expect(pageCacheKey(at(path))).toBe(key);
  });
});

describe('mayStore', () => {
  const ok = { status: 200, redirected: false, type: 'basic' as ResponseType };
  it.each([
    ['a bare page answered 200', '/', ok, true],
    ['the snapshot asset', '/catalog/abc.json', ok, true],
    ['a page with a case in its query', '/?present=back-pain', ok, false],
    ['any URL with a query', '/causes/x?q=1', ok, false],
    ['a 404', '/no-such-page', { ...ok, status: 404 }, false],
    ['a server error', '/', { ...ok, status: 500 }, false],
    ['a redirected answer (navigations refuse those from a cache)', '/causes', { ...ok, redirected: true }, false],
    ['an opaque answer', '/', { ...ok, type: 'opaque' as ResponseType, status: 0 }, false],
  ])('%s: %s', (_name, path, response, expected) => {
    expect(mayStore(at(path), response)).toBe(expected);
  });
});

describe('urlsToKeep', () => {
  const resources = [
    { name: `${ORIGIN}/catalog/v1.json`, workerStart: 0 },
    { name: `${ORIGIN}/api/language`, workerStart: 0 },
    { name: `${ORIGIN}/api/differential?present=back-pain`, workerStart: 0 },
    { name: `${ORIGIN}/_next/static/chunks/app.js`, workerStart: 0 },
    { name: 'https://elsewhere.example/catalog/v1.json', workerStart: 0 },
    { name: 'not a url', workerStart: 0 },
  ];

  it('a workspace with a case loaded past the worker: the bare shell and the catalog data, never the case', () => {
    const urls = urlsToKeep(at('/?present=back-pain&age=50'), resources);
    expect(urls).toEqual([`${ORIGIN}/`, `${ORIGIN}/catalog/v1.json`, `${ORIGIN}/api/language`]);
    expect(urls.join(' ')).not.toMatch(/present|age=/);
  });

  it('a reference page: the shell and the page itself', () => {
    expect(urlsToKeep(at('/causes/cauda-equina-syndrome'), [])).toEqual([`${ORIGIN}/`, `${ORIGIN}/causes/cauda-equina-syndrome`]);
  });

  it('a page the worker served: only resources that went past it', () => {
    const urls = urlsToKeep(at('/'), [...resources.slice(0, 1), { name: `${ORIGIN}/api/language`, workerStart: 12.5 }], { pageFromWorker: true });
    expect(urls).toEqual([`${ORIGIN}/catalog/v1.json`]);
  });

  it('a non-page path is not asked for as a page', () => {
    expect(urlsToKeep(at('/api/health'), [])).toEqual([`${ORIGIN}/`]);
  });
});
