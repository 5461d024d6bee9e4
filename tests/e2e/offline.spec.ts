// Offline use through the service worker (lib/offline/sw.ts): the workspace and the reference
// pages visited reload with the network off, edits are still ranked in the browser, nothing
// holding a case is stored or sent, and a new catalog version is picked up when the network returns.
import Database from 'better-sqlite3';
import { expect as baseExpect, test, type BrowserContext, type Page, type Request } from '@playwright/test';
import { sqliteFileUrl } from '../../lib/database-url';
import { differentialNames, settled } from './support';

test.use({ serviceWorkers: 'allow' });
// Reloads through the worker and its install on a busy 2-core machine take longer than 5 s at times.
const expect = baseExpect.configure({ timeout: 15_000 });
// Each test goes on and off line several times and waits for the server's catalog check.
test.describe.configure({ timeout: 90_000 });

const ASSET = /\/catalog\/([^/?]+)\.json$/;

/** Waits until the worker controls the page and holds the bare shell and the page's snapshot asset. */
async function readyOffline(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
  await expect
    .poll(async () => {
      const urls = await storedUrls(page);
      return urls.some((u) => new URL(u).pathname === '/') && urls.some((u) => ASSET.test(u));
    }, { timeout: 30_000 })
    .toBe(true);
}

/** Every URL in Cache Storage, all caches. */
function storedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    return urls;
  });
}

/** Resolves when the page has the snapshot asset (from the server or the worker's cache). */
function snapshotLoaded(page: Page) {
  return page.waitForResponse((r) => ASSET.test(new URL(r.url()).pathname) && r.ok());
}

/** Requests from pages and from the worker, for the privacy check. */
function watchRequests(context: BrowserContext): Request[] {
  const seen: Request[] = [];
  context.on('request', (request) => seen.push(request));
  return seen;
}

const CASE_WORDS = /present=|absent=|age=|sex=|legs=/;
const A_CASE = '/?present=back-pain,numbness-one-leg&age=50&sex=female';

test('the workspace reloads offline, edits are ranked locally, and no case is stored or sent', async ({ page, context }) => {
  const sent = watchRequests(context);
  let loaded = snapshotLoaded(page);
  await page.goto(A_CASE);
  await loaded; // until then edits go to the API (README, "The engine in the browser")
  await readyOffline(page);
  const next = page.getByRole('region', { name: 'Ask or examine next' });
  await next.getByRole('button', { name: /: present$/ }).first().click();
  await settled(page);
  const withOne = await differentialNames(page);
  const caseUrl = page.url();
  expect(caseUrl).toContain('present=');

  await context.setOffline(true);
  loaded = snapshotLoaded(page);
  await page.reload();
  expect((await loaded).fromServiceWorker()).toBe(true);
  await expect(page.getByRole('region', { name: 'Differential' })).toBeVisible();
  expect(page.url()).toBe(caseUrl);
  await expect.poll(() => differentialNames(page)).toEqual(withOne);

  await next.getByRole('button', { name: /: absent$/ }).first().click();
  await settled(page);
  await expect.poll(() => differentialNames(page)).not.toEqual(withOne);
  await expect(page.getByText('Could not update')).toHaveCount(0);

  // A shared link opened in a new tab while offline: the shell, with the case read from the link.
  const other = await context.newPage();
  await other.goto(page.url());
  await expect.poll(() => differentialNames(other)).toEqual(await differentialNames(page));
  await other.close();

  const stored = await storedUrls(page);
  expect(stored.filter((u) => CASE_WORDS.test(u))).toEqual([]);
  expect(stored.filter((u) => !u.includes('/_next/static/') && new URL(u).search !== '')).toEqual([]);
  // The only requests naming the case are the browser's navigations to the case's URL (which the
  // worker passes on as they are; offline they fail): no API call, nothing in the background.
  const navigations = new Set(sent.filter((r) => r.isNavigationRequest()).map((r) => r.url()));
  const leaks = sent.filter((r) => CASE_WORDS.test(r.url() + (r.postData() ?? '')) && !navigations.has(r.url()));
  expect(leaks.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
  expect(sent.filter((r) => r.method() !== 'GET').map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
  await context.setOffline(false);
});

test('a reference page visited reloads offline', async ({ page, context }) => {
  await page.goto('/');
  await readyOffline(page);
  await page.goto('/causes/cauda-equina-syndrome');
  const heading = page.getByRole('heading', { level: 1 });
  const name = await heading.innerText();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  // A page never visited is not there: the browser's own offline error, not a stale page.
  await expect(page.goto('/causes/diabetic-peripheral-neuropathy')).rejects.toThrow();
  await context.setOffline(false);
});

/** Waits until the server answers the snapshot asset of `version` (it checks the database's stamp every few seconds). */
async function serverOn(page: Page, version: string): Promise<void> {
  await expect.poll(async () => (await page.request.get(`/catalog/${version}.json`)).status(), { timeout: 30_000 }).toBe(200);
}

test('a new catalog version is picked up when the network returns', async ({ page, context }) => {
  const url = process.env.DATABASE_URL;
  test.skip(!url || /^postgres/.test(url), 'changes the catalog stamp in the throwaway SQLite database that `npm test` prepares');
  const db = new Database(sqliteFileUrl(url!).replace(/^file:/, ''));
  const stamp = (version: string) => db.prepare('UPDATE "CatalogMeta" SET "version" = ? WHERE "id" = ?').run(version, 'catalog');
  const { version: original } = db.prepare('SELECT "version" FROM "CatalogMeta" WHERE "id" = ?').get('catalog') as { version: string };
  const changed = `${original}-next`;
  const shellNames = (version: string) =>
    page.evaluate(async (v) => (await (await caches.match('/'))?.text())?.includes(`${v}`) ?? false, version);
  try {
    await page.goto(A_CASE);
    await readyOffline(page);
    await context.setOffline(true);
    stamp(changed); // a new catalog is deployed while the clinician is offline
    await serverOn(page, changed); // page.request is not the page: it reaches the server
    await page.reload();
    await expect(page.getByRole('region', { name: 'Differential' })).toBeVisible();
    expect(await shellNames(changed)).toBe(false); // the shell kept from before

    await context.setOffline(false);
    const newAsset = page.waitForResponse((r) => new URL(r.url()).pathname === `/catalog/${changed}.json` && r.ok());
    await page.reload();
    await newAsset;
    await expect.poll(async () => (await storedUrls(page)).some((u) => u.endsWith(`/catalog/${changed}.json`))).toBe(true);
    await expect.poll(() => shellNames(changed)).toBe(true);

    // Offline again: the new version's shell and snapshot, and edits still ranked here.
    await context.setOffline(true);
    await page.reload();
    const next = page.getByRole('region', { name: 'Ask or examine next' });
    const before = await differentialNames(page);
    await next.getByRole('button', { name: /: present$/ }).first().click();
    await settled(page);
    await expect.poll(() => differentialNames(page)).not.toEqual(before);
    await expect(page.getByText('Could not update')).toHaveCount(0);
  } finally {
    await context.setOffline(false);
    stamp(original);
    await serverOn(page, original);
    db.close();
  }
});
