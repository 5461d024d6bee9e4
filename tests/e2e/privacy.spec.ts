// What the clinician enters stays in the browser: once the page and the catalog snapshot have
// loaded, edits are ranked locally and no request carries a finding, an age or a sex.
import { expect, test, type Request } from '@playwright/test';
import { differentialNames, settled } from './support';

test('edits after load send nothing about the case to any server', async ({ page }) => {
  const snapshotLoaded = page.waitForResponse((r) => /\/catalog\/[^/]+\.json$/.test(new URL(r.url()).pathname) && r.ok());
  await page.goto('/?present=back-pain,numbness-one-leg&age=50&sex=female');
  const asset = await snapshotLoaded;
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');

  const sent: Request[] = [];
  page.on('request', (request) => sent.push(request));
  const before = await differentialNames(page);

  const next = page.getByRole('region', { name: 'Ask or examine next' });
  await next.getByRole('button', { name: /: present$/ }).first().click();
  await settled(page);
  await next.getByRole('button', { name: /: absent$/ }).first().click();
  await settled(page);
  await page.getByLabel('Age (years)').fill('71');
  await settled(page);

  await expect.poll(() => differentialNames(page)).not.toEqual(before);
  // The URL (browser history, never a request) holds the case; the network saw none of it.
  expect(page.url()).toContain('age=71');
  const leaks = sent.filter((r) => /present=|absent=|age=|sex=|back-pain|numbness/.test(r.url() + (r.postData() ?? '')));
  expect(leaks.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
  expect(sent.filter((r) => new URL(r.url()).pathname.startsWith('/api/')).map((r) => r.url())).toEqual([]);
  // Nor which reference pages the results name: the links to the ranked causes, the workup and the
  // cautions are not prefetched (the header's fixed links may be; they say nothing of the case).
  const named = sent.filter((r) => /^\/(causes|findings|tests|treatments)\/./.test(new URL(r.url()).pathname));
  expect(named.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
});

test('if the catalog cannot load in the browser, an edit says so and still sends nothing', async ({ page }) => {
  await page.route(/\/catalog\/[^/]+\.json$/, (route) => route.abort());
  const sent: Request[] = [];
  page.on('request', (request) => sent.push(request));
  await page.goto('/?present=back-pain,numbness-one-leg&age=50&sex=female');
  const afterLoad = sent.length;

  await page.getByLabel('Age (years)').fill('71');
  await expect(page.getByText(/Could not update: the catalog has not loaded/)).toBeVisible();
  const leaks = sent.slice(afterLoad).filter((r) => /present=|absent=|age=|sex=|back-pain|numbness/.test(r.url() + (r.postData() ?? '')));
  expect(leaks.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
});
