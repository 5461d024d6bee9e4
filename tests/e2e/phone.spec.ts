// Issue 12, item 6 (and the cause page's summary box and outline): the workspace and the
// reference at 390 px, light and dark, and the smaller list-page items of item 9.
import { expect, test } from '@playwright/test';
import { saveScreenshot, settled } from './support';

const CES = '/?present=back-pain,saddle-anaesthesia,urinary-retention&age=45&sex=male';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`390 px, ${scheme}`, () => {
    test.use({ viewport: { width: 390, height: 844 }, colorScheme: scheme });

    test('the first screen holds the red flag and the top three causes with probabilities', async ({ page }, testInfo) => {
      await page.goto(CES);
      await settled(page);
      await expect(page.getByRole('alert').filter({ hasText: 'Emergency red flag' })).toBeInViewport();
      const sheet = page.getByRole('complementary', { name: 'Top three causes' });
      await expect(sheet).toBeInViewport();
      await expect(sheet.getByRole('listitem')).toHaveCount(3);
      await expect(sheet.getByRole('listitem').first()).toContainText(/Cauda equina syndrome\s+\d+%/);
      await saveScreenshot(page, testInfo, `phone-first-screen-${scheme}`, { fullPage: false });

      // The leg picture folds away.
      const legs = page.getByRole('img', { name: /Leg picture/ });
      await expect(legs).toBeVisible();
      await page.getByText('Where is the numbness?').click();
      await expect(legs).toBeHidden();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });

    test('cause pages: a summary box and an outline on top, tables as cards', async ({ page }, testInfo) => {
      await page.goto('/causes/cauda-equina-syndrome');
      await expect(page.getByRole('region', { name: 'Summary' })).toContainText('First tests');
      await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Treatment' })).toBeVisible();
      const cell = page.locator('td[data-label="LR+"]').first();
      await expect(cell).toBeInViewport({ ratio: 0 }).catch(() => undefined);
      const box = (await cell.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await saveScreenshot(page, testInfo, `phone-cause-page-${scheme}`, { fullPage: false });
    });
  });
}

test('lists filter as you type; cause search matches key features', async ({ page }) => {
  await page.goto('/causes');
  await page.getByRole('searchbox', { name: 'Words' }).fill('foot drop');
  const list = page.locator('#cause-list');
  await expect(list.getByRole('link', { name: 'Lumbar disc herniation with radiculopathy' })).toBeVisible();
  await expect(list.getByRole('link', { name: 'Cauda equina syndrome' })).toBeHidden();

  await page.goto('/tests');
  await page.getByRole('searchbox', { name: 'Search tests' }).fill('INR');
  await expect(page.getByRole('link', { name: 'Coagulation screen (PT/INR, aPTT) and platelet count' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'MRI brain' })).toBeHidden();

  await page.goto('/treatments');
  await page.getByRole('searchbox', { name: 'Search treatments' }).fill('gabapentin');
  await expect(page.getByRole('link', { name: 'Gabapentin', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Amitriptyline' })).toBeHidden();

  await page.goto('/findings');
  await page.getByRole('searchbox', { name: /Search/ }).fill('saddle');
  await expect(page.getByRole('link', { name: 'Saddle anaesthesia' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Low back pain' })).toBeHidden();
});

test('the workspace can show every cause; examples carry age and sex; there is a favicon', async ({ page, request }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Man, 45, back pain with saddle numbness/ }).click();
  await expect(page.getByLabel('Age (years)')).toHaveValue('45');
  await expect(page.getByRole('radio', { name: 'Male', exact: true })).toBeChecked();
  await settled(page);
  const more = page.getByRole('region', { name: 'Differential' }).getByText(/^Show causes 11–\d+ \(all (\d+)\)$/);
  const text = await more.innerText();
  const total = Number(/all (\d+)/.exec(text)![1]);
  await more.click();
  await expect(page.getByRole('region', { name: 'Differential' }).locator('.dx-entry')).toHaveCount(total);
  expect((await request.get('/icon.svg')).status()).toBe(200);
});
