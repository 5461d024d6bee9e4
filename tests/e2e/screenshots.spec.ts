// Screenshots for review: the workspace (light and dark, desktop and phone) and a cause page.
import { expect, test } from '@playwright/test';
import { saveScreenshot, settled } from './support';

const CASE = '/?present=back-pain,radiating-leg-pain,prolonged-sitting,l5-sensory-loss,numbness-one-leg&absent=saddle-anaesthesia&age=45&sex=female&legs=l5-left';
const ALERT = '/?present=back-pain,saddle-anaesthesia,urinary-retention,numbness-both-legs,stocking-sensory-loss&legs=stocking';

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [device, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]] as const) {
    test(`workspace screenshot: ${colorScheme}, ${device} ${width}px`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await page.goto(CASE);
      await settled(page);
      await page.locator('.dx-entry summary').first().click();
      await expect(page.getByRole('region', { name: 'Differential' })).toBeVisible();
      // Nothing may overflow sideways on a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await saveScreenshot(page, testInfo, `workspace-${colorScheme}-${width}`);
    });
  }
}

test('workspace screenshots: empty state and emergency banner', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await saveScreenshot(page, testInfo, 'workspace-empty-light-1280');
  await page.goto(ALERT);
  await page.getByRole('button', { name: 'Stocking', exact: true }).click();
  await saveScreenshot(page, testInfo, 'workspace-alert-light-1280');
  await page.setViewportSize({ width: 360, height: 780 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await saveScreenshot(page, testInfo, 'workspace-alert-dark-360');
});

test('cause page screenshot', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/causes/lumbar-disc-herniation');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lumbar disc herniation with radiculopathy');
  await saveScreenshot(page, testInfo, 'cause-lumbar-disc-herniation-light-1280');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 390, height: 844 });
  await saveScreenshot(page, testInfo, 'cause-lumbar-disc-herniation-dark-390');
});
