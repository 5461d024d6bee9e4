// The case lives in the URL: links reopen it rendered on the server, back/forward walk the edits,
// and it leaves the workspace as a print view, note text or a FHIR bundle.
import { expect, test } from '@playwright/test';
import { addFinding, chip, expectFindingState, differentialNames, settled } from './support';

const CAUDA = '/?present=back-pain,saddle-anaesthesia,urinary-retention&absent=fever&age=52&sex=male';

test('a copied link reopens the same case, with its results readable before any JavaScript runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CAUDA);
  await expect(page.getByRole('alert').filter({ hasText: 'Emergency red flag' })).toContainText(/cauda equina/i);
  await expect(page.getByLabel('Age (years)')).toHaveValue('52');
  await expect(page.getByRole('radio', { name: 'Male', exact: true })).toBeChecked();
  await expectFindingState(page, 'Saddle anaesthesia', 'present');
  await expectFindingState(page, 'Fever', 'absent');
  expect((await differentialNames(page))[0]).toBe('Cauda equina syndrome');
  await context.close();
});

test('a link naming findings the catalog lacks opens the rest of the case and says what it left out', async ({ page }) => {
  await page.goto('/?present=back-pain,not-a-finding&age=200');
  await expect(page.getByText(/could not be read/)).toBeVisible();
  await page.goto('/?present=back-pain,not-a-finding&legs=knee-left');
  await expect(page.getByText('Not recognised, so dropped from the case: not-a-finding.')).toBeVisible();
  await expect(chip(page, 'Low back pain')).toBeVisible();
  // Never shown as present, never sent again: the URL now holds only what was recognised.
  await expect(page.getByRole('list', { name: 'Entered findings' }).getByRole('radiogroup')).toHaveCount(1);
  await expect(page).not.toHaveURL(/not-a-finding/);
  await expect(page.getByText('Could not update')).toHaveCount(0);
});

test('a link that repeats a finding opens the case with it once, in the workspace and the print view', async ({ page }) => {
  await page.goto('/?present=back-pain,back-pain,radiating-leg-pain');
  await expect(chip(page, 'Low back pain')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Differential', exact: true })).toBeVisible();
  const print = await page.goto('/print?present=back-pain,back-pain');
  expect(print?.status()).toBe(200);
});

test('edits build the URL; a fresh page on that URL shows the same case and results', async ({ page, context }) => {
  await page.goto('/');
  await addFinding(page, 'saddle', 'Saddle anaesthesia');
  await addFinding(page, 'fever', 'Fever', { absent: true });
  await page.getByLabel('Age (years)').fill('61');
  await page.getByRole('radio', { name: 'Female', exact: true }).check();
  await settled(page);
  const url = page.url();
  expect(new URL(url).searchParams.get('present')).toBe('saddle-anaesthesia');
  expect(new URL(url).searchParams.get('absent')).toBe('fever');
  expect(new URL(url).searchParams.get('age')).toBe('61');
  expect(new URL(url).searchParams.get('sex')).toBe('female');
  const ranked = await differentialNames(page);

  const reopened = await context.newPage();
  await reopened.goto(url);
  await expect(chip(reopened, 'Saddle anaesthesia')).toBeVisible();
  await expectFindingState(reopened, 'Fever', 'absent');
  expect(await differentialNames(reopened)).toEqual(ranked);
});

test('back and forward walk through the edits without reloading the page', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));
  await addFinding(page, 'LBP', 'Low back pain');
  await addFinding(page, 'saddle', 'Saddle anaesthesia');
  await page.getByRole('group', { name: /^S1 dermatome/ }).getByRole('button', { name: 'Right' }).click();
  await settled(page);
  await expect(page).toHaveURL(/legs=s1-right/);

  await page.goBack();
  await expect(page).not.toHaveURL(/legs=/);
  await expect(chip(page, 'S1 dermatomal sensory loss')).toHaveCount(0);
  await expect(page.getByRole('group', { name: /^S1 dermatome/ }).getByRole('button', { name: 'Right' })).toHaveAttribute('aria-pressed', 'false');
  await page.goBack();
  await expect(chip(page, 'Saddle anaesthesia')).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: 'Emergency red flag' })).toHaveCount(0);
  await expect(chip(page, 'Low back pain')).toBeVisible();
  await page.goForward();
  await expect(chip(page, 'Saddle anaesthesia')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Emergency red flag' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('group', { name: /^S1 dermatome/ }).getByRole('button', { name: 'Right' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
});

test('leaving for a cause page and coming back restores the latest edits', async ({ page }) => {
  await page.goto('/?present=back-pain');
  await addFinding(page, 'saddle', 'Saddle anaesthesia');
  await settled(page);
  await page.locator('.dx-entry summary').first().click();
  await page.getByRole('link', { name: /^About / }).first().click();
  await expect(page).toHaveURL(/\/causes\//);
  await page.goBack();
  await expect(page).toHaveURL(/present=back-pain,saddle-anaesthesia/);
  await expect(chip(page, 'Saddle anaesthesia')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Emergency red flag' })).toBeVisible();
});

test('print view: one page with findings, alerts, differential, workup, date and disclaimer', async ({ page }) => {
  await page.goto(`${CAUDA}&legs=`);
  await page.getByRole('link', { name: 'Print view' }).click();
  await expect(page).toHaveURL(/\/print\?present=back-pain,saddle-anaesthesia,urinary-retention/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/NumbDx/);
  await expect(page.getByText(/Printed \d{1,2} \w+ \d{4}/)).toBeVisible();
  const findings = page.getByRole('region', { name: 'Findings entered' });
  await expect(findings).toContainText('Saddle anaesthesia');
  await expect(findings).toContainText('Absent: Fever');
  await expect(findings).toContainText('52 years, male');
  await expect(page.getByRole('region', { name: 'Red flags' })).toContainText(/EMERGENCY/);
  await expect(page.getByRole('region', { name: /Differential/ }).getByRole('listitem').first()).toContainText('Cauda equina syndrome');
  await expect(page.getByRole('region', { name: 'Workup' })).toContainText(/MRI/);
  await expect(page.getByRole('contentinfo')).toContainText('not a diagnosis');

  // Printed, it fits one A4 page.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(1);
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  // On paper the page carries the disclaimer itself (header and footer are left off).
  await expect(page.getByRole('main').getByText(/reference for clinicians, not a diagnosis/)).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeHidden();
});

test('copy as text puts a dated note-ready summary on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto(CAUDA);
  await page.getByRole('button', { name: 'Copy as text' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toMatch(/^NumbDx differential for lower-limb numbness \(\d{4}-\d{2}-\d{2}\)/);
  expect(text).toContain('Patient: 52 years, male');
  expect(text).toContain('Present: Low back pain; Saddle anaesthesia; Urinary retention');
  expect(text).toContain('Absent: Fever');
  expect(text).toMatch(/RED FLAG \(EMERGENCY\)/);
  expect(text).toMatch(/1\. Cauda equina syndrome \d+%/);
  expect(text).toMatch(/\nWorkup:\nNow \(minutes\): MRI[^;]*\(named by the red flag;/);
  expect(text).toContain('not a diagnosis');
  expect(text).toContain('/?present=back-pain,saddle-anaesthesia,urinary-retention');
});

test('download FHIR fetches the bundle for the same case', async ({ page }) => {
  await page.goto(CAUDA);
  const link = page.getByRole('link', { name: 'Download FHIR' });
  await expect(link).toHaveAttribute('href', '/api/differential/fhir?present=back-pain,saddle-anaesthesia,urinary-retention&absent=fever&age=52&sex=male');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const body = JSON.parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')));
  expect(body.resourceType).toBe('Bundle');
  expect(JSON.stringify(body)).toContain('Saddle anaesthesia');
});
